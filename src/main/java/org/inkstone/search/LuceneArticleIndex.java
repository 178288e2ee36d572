package org.inkstone.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.similarities.ClassicSimilarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The article index: one {@link IndexWriter} for the application and a {@link SearcherManager} over it for
 * near-real-time search. Analysis is {@link ArticleAnalyzers} (NFKC_Casefold and traditional → simplified folding,
 * then smartcn word segmentation for word fields and CJK character bigrams for the bigram fields, so that a phrase
 * is found even where segmentation splits it differently); reader queries are built by {@link ReaderQueryBuilder}.
 * Hit fields (id, headline, channel, publish time) are read from doc values; the stored body serves highlighting
 * only.
 *
 * <p>Changes become searchable with {@link #refresh} (near-real-time, no fsync) and durable with {@link #commit},
 * which records, in its user data, the outbox position it includes and the id of the database it
 * follows; after a crash the index reopens at its last commit and the caller replays the
 * outbox from that position, so the documents converge to the published rows.
 *
 * <p>Thread-safe: writes may come from any thread (IndexWriter is thread-safe); searches acquire and release
 * a searcher from the manager.
 */
public final class LuceneArticleIndex implements Closeable {

    static final String COMMIT_POSITION = "outbox.position";
    static final String COMMIT_INSTANCE = "db.instance";
    static final String COMMIT_SCHEMA = "index.schema";
    /** Bumped whenever fields or analysis change: an index of another schema is recreated (and then rebuilt). */
    static final String SCHEMA_VERSION = "4";

    /**
     * MoreLikeThis settings for the related list, measured on {@code ../shared/data/zh-news} with
     * {@code bench/related-quality.sh} (precision@5 by category over the 958 THUCNews articles; recall of
     * near-duplicate pairs; the cost of one call) and, since issue 11, with {@code bench/related-judged.sh
     * variants} (nDCG@5 on the judged related lists of {@code src/test/resources/relevance/related-qrels.tsv},
     * 32 source articles read and graded; table of every variant in the README). Defaults for comparison:
     * Lucene MoreLikeThis minTermFreq=2, minDocFreq=5, maxQueryTerms=25, boost=false; Elasticsearch
     * more_like_this min_term_freq=2, min_doc_freq=5, max_query_terms=25, minimum_should_match=30%. Why the
     * values differ:
     * <ul>
     *   <li>minTermFreq={@value #MLT_MIN_TERM_FREQ} for every field (default 2): articles are short (median
     *       686 characters), so most characteristic words occur once; with 2 the query keeps only a handful
     *       of generic words.</li>
     *   <li>minDocFreq={@value #MLT_MIN_DOC_FREQ} (default 5): a word shared by only two articles is still
     *       evidence in a corpus of this size; 5 lost 3 of 54 near-duplicate partners.</li>
     *   <li>maxDocFreq = {@value #MLT_MAX_DOC_FREQ_PCT}% of the articles, at most {@value #MLT_MAX_DOC_FREQ}
     *       (no limit by default): words in more than 30% of the articles are function words here. The cap
     *       only binds above 6,667 articles (so the figures on the 1,163 real articles are unchanged); at
     *       100,000 articles it drops the words of more than 2% of them, which carry little idf weight but
     *       have the longest postings: a related list then costs 21 ms instead of 52 ms
     *       ({@code bench/index-scale.sh}, p50 on one thread). Lowering the share to 10% to drop generic
     *       policy words (工作, 发展, 群众…) was measured for issue 11: judged nDCG@5 0.751 instead of 0.730 but
     *       precision@5 0.924 instead of 0.938, and 0.785 / 0.890 together with the headline-term weight
     *       below; 5% lost more (0.740 / 0.899). Kept at 30%.</li>
     *   <li>maxQueryTerms={@value #MLT_MAX_QUERY_TERMS} per field (default 25): with 25 terms mostly names and
     *       numbers are kept and topic words are lost (precision 0.916 against 0.938 at 100, both with the
     *       channel prior); 200 terms plus a bigram query gained under a point more at twice the cost
     *       (about 20 ms a call instead of 10).</li>
     *   <li>boost=true (default false): terms weighted by their tf-idf so the strongest terms dominate.
     *       idf power {@value #MLT_IDF_POWER} (Lucene's own tf × idf; a stronger idf goes through MoreLikeThis's
     *       similarity, {@link PowerIdfSimilarity}): idf² raised judged nDCG@5 to 0.766 and idf³ to 0.795, but
     *       precision@5 fell to 0.918 and 0.899 (rare words are names and numbers; the category's own words
     *       are frequent), and with the headline-term weight below idf^1.5 gave 0.806 / 0.895.</li>
     *   <li>headline boost x{@value #RELATED_TITLE_BOOST} (the headline field's clause): with a 100-term body
     *       query a larger headline weight lowered precision slightly; x2 measured for issue 11: nDCG@5 0.738,
     *       precision 0.937 (no gain).</li>
     *   <li>headline terms in the body x{@value #RELATED_TITLE_TERM_BOOST} (issue 11, "generic vocabulary drowns
     *       the topic"): in the body clause a term that is also in the headline weighs 3 times its tf-idf.
     *       The headline names what the article is about (its people, places, organisations, products);
     *       a long policy article's body repeats the words every such article uses, so by tf-idf alone they
     *       fill the query. Judged nDCG@5 0.730 → 0.800 (0.795 without the channel prior, was 0.707),
     *       precision@5 0.938 → 0.909, near-duplicate recall unchanged 0.981, no extra cost (one term vector
     *       read). x2: 0.783 / 0.925; x4: 0.795 / 0.900. smartcn has no named-entity recognition; the
     *       headline is the article's own, editor-written statement of its subject, so its words stand in
     *       for the names and places a recogniser would find.</li>
     *   <li>no bigram clause (weight {@value #RELATED_BIGRAM_WEIGHT}): a MoreLikeThis clause over the body's
     *       character bigrams at weight 0.5 (names segmentation splits) gave 0.744 alone and 0.789 with the
     *       headline terms (less than without it), at a second analysis of the body per call.</li>
     *   <li>same-channel prior x{@value #RELATED_SAME_CHANNEL_BOOST}: an article of the same channel (the
     *       desk's own classification) scores 1.3 times its text score. Text alone: precision@5 0.878; with
     *       the prior 0.938 (issue 11 start); judged nDCG@5 0.707 without, 0.730 with. In this corpus the
     *       channel is the measured category, so the precision figure overstates what text similarity alone
     *       achieves; both are in the README.</li>
     * </ul>
     * No news-generic stop list: the headline-term weight fixed the policy articles without one, and a list
     * would need upkeep for every new kind of article.
     */
    static final int MLT_MIN_TERM_FREQ = 1;
    static final int MLT_MIN_DOC_FREQ = 2;
    static final int MLT_MAX_DOC_FREQ_PCT = 30;
    static final int MLT_MAX_DOC_FREQ = 2_000;
    static final int MLT_MAX_QUERY_TERMS = 100;
    static final float MLT_IDF_POWER = 1.0f;
    static final float RELATED_TITLE_BOOST = 1.0f;
    static final float RELATED_TITLE_TERM_BOOST = 3.0f;
    static final float RELATED_BIGRAM_WEIGHT = 0.0f;
    static final float RELATED_SAME_CHANNEL_BOOST = 1.3f;

    /** Search queries longer than this many characters are refused by the service layer. */
    public static final int MAX_QUERY_CHARS = 256;

    private final Directory directory;
    private final ArticleAnalyzers analyzers;
    private final Analyzer wordAnalyzer;
    private final Analyzer analyzer;
    private final ReaderQueryBuilder queries;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private static final FieldType TEXT_WITH_VECTORS = new FieldType(TextField.TYPE_STORED);
    private static final FieldType TEXT_VECTORS_UNSTORED = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        // Offsets in the postings serve the highlighter; plain term vectors (terms and frequencies) serve
        // MoreLikeThis without a second segmentation of the text.
        TEXT_WITH_VECTORS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_VECTORS.setStoreTermVectors(true);
        TEXT_WITH_VECTORS.freeze();
        TEXT_VECTORS_UNSTORED.setStoreTermVectors(true);
        TEXT_VECTORS_UNSTORED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        TEXT_VECTORS_UNSTORED.freeze();
    }

    /**
     * Opens (or creates) the index in {@code directory}. {@code ramBufferMb} is IndexWriter's RAM buffer in MB.
     *
     * @throws UncheckedIOException when the directory cannot be opened or is locked by another writer
     */
    public LuceneArticleIndex(Directory directory, double ramBufferMb) {
        this(directory, ramBufferMb, null, new ArticleAnalyzers());
    }

    /**
     * Opens (or creates) the index in {@code directory} with the desk's query-time {@code synonyms} (null for
     * none; see {@link ArticleAnalyzers#parseSynonyms}) and the given analyzers.
     *
     * @throws UncheckedIOException when the directory cannot be opened or is locked by another writer
     */
    public LuceneArticleIndex(Directory directory, double ramBufferMb, SynonymMap synonyms, ArticleAnalyzers analyzers) {
        this.directory = directory;
        this.analyzers = analyzers;
        this.wordAnalyzer = analyzers.word();
        this.analyzer = analyzers.indexing();
        this.queries = new ReaderQueryBuilder(analyzers, synonyms);
        try {
            boolean sameSchema = !DirectoryReader.indexExists(directory)
                    || SCHEMA_VERSION.equals(commitData().get(COMMIT_SCHEMA));
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(sameSchema ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND : IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(ramBufferMb);
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index", e);
        }
    }

    /** The outbox position included in the last commit, or -1 when the index has never been committed. */
    public long committedPosition() {
        String v = commitData().get(COMMIT_POSITION);
        return v == null ? -1 : Long.parseLong(v);
    }

    /** The database instance id recorded in the last commit, or null. */
    public String committedInstance() {
        return commitData().get(COMMIT_INSTANCE);
    }

    private Map<String, String> commitData() {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return Map.of();
            }
            List<IndexCommit> commits = DirectoryReader.listCommits(directory);
            return commits.get(commits.size() - 1).getUserData();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds or replaces the document of one article (by id). Visible to searches after {@link #refresh}. */
    public void upsert(IndexedArticle a) {
        try {
            writer.updateDocument(new Term(ArticleFields.ID, Long.toString(a.id())), document(a));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds the document of an article known not to be in the index (a rebuild after {@link #deleteAll});
     * cheaper than {@link #upsert}. Safe to call from several threads at once.
     */
    public void add(IndexedArticle a) {
        try {
            writer.addDocument(document(a));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Document document(IndexedArticle a) {
        Document d = new Document();
        String id = Long.toString(a.id());
        d.add(new StringField(ArticleFields.ID, id, Field.Store.YES));
        d.add(new NumericDocValuesField(ArticleFields.ID, a.id()));
        d.add(new Field(ArticleFields.TITLE, a.title(), TEXT_WITH_VECTORS));
        d.add(new BinaryDocValuesField(ArticleFields.TITLE, new BytesRef(a.title())));
        d.add(new Field(ArticleFields.BODY, a.body(), TEXT_WITH_VECTORS));
        if (a.tags() != null && !a.tags().isEmpty()) {
            d.add(new Field(ArticleFields.TAGS, String.join(" ", a.tags()), TEXT_VECTORS_UNSTORED));
        }
        d.add(new TextField(ArticleFields.TITLE_BIGRAM, a.title(), Field.Store.NO));
        d.add(new TextField(ArticleFields.BODY_BIGRAM, a.body(), Field.Store.NO));
        d.add(new StringField(ArticleFields.CHANNEL, a.channelId(), Field.Store.YES));
        d.add(new SortedDocValuesField(ArticleFields.CHANNEL, new BytesRef(a.channelId())));
        long published = a.publishedAt() == null ? 0 : a.publishedAt().toEpochMilli();
        d.add(new LongPoint(ArticleFields.PUBLISHED, published));
        d.add(new NumericDocValuesField(ArticleFields.PUBLISHED, published));
        d.add(new StoredField(ArticleFields.PUBLISHED, published));
        d.add(new StoredField(ArticleFields.TITLE_KEY, titleKey(a.title())));
        d.add(new StringField(ArticleFields.BODY_HASH, bodyHash(a.body()), Field.Store.YES));
        NearDuplicates.addFields(d, a.title(), a.body());
        return d;
    }

    /** Removes the document of one article, if present. */
    public void delete(long id) {
        try {
            writer.deleteDocuments(new Term(ArticleFields.ID, Long.toString(id)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes every document (start of a full rebuild); undone by a crash before the next {@link #commit}. */
    public void deleteAll() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Durably commits all changes together with the outbox position they include and the database instance
     * they follow, then refreshes searchers.
     */
    public synchronized void commit(long outboxPosition, String dbInstance) {
        try {
            writer.setLiveCommitData(Map.of(COMMIT_POSITION, Long.toString(outboxPosition),
                    COMMIT_INSTANCE, dbInstance == null ? "" : dbInstance, COMMIT_SCHEMA, SCHEMA_VERSION).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Closes the index discarding every change since the last {@link #commit}, as a crash would (a plain
     * {@link #close} commits pending changes). For crash tests; the index is unusable afterwards.
     */
    public void closeWithoutCommit() throws IOException {
        searchers.close();
        writer.rollback();
    }

    /**
     * Makes uncommitted changes visible to searches now (near-real-time refresh: the writer's in-memory
     * segments are opened by a new searcher; nothing is written durably).
     */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Number of documents visible to searches. */
    public int numDocs() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    /** Ids of every document visible to searches (for consistency checks). */
    public Set<Long> allIds() {
        return withSearcher(s -> {
            Set<Long> ids = new HashSet<>();
            TopDocs all = s.search(new MatchAllDocsQuery(), Math.max(1, s.getIndexReader().numDocs()));
            StoredFields stored = s.storedFields();
            for (ScoreDoc sd : all.scoreDocs) {
                ids.add(Long.parseLong(stored.document(sd.doc, Set.of(ArticleFields.ID)).get(ArticleFields.ID)));
            }
            return ids;
        });
    }

    /** A strict result smaller than this (one page of the reader's search) is widened to the relaxed query. */
    static final int RELAX_BELOW = 10;

    /**
     * Runs a reader's search. Returns at most {@code size} hits of page {@code page} (1-based) in the query's
     * order ({@link SearchSort#RELEVANCE}: score, then newer, then higher id; {@link SearchSort#NEWEST}: publish
     * time, then higher id) and the exact total. The words are matched under {@link ReaderQueryBuilder}'s
     * minimum-should-match rule; when that finds fewer than {@value #RELAX_BELOW} articles (one page) in relevance
     * order, or none in newest order, the relaxed query (any word the reader typed apart) is run instead. In
     * relevance order the articles of the strict rule still come first (coordination, see
     * {@link ReaderQueryBuilder}), followed by those holding fewer of the words, so a reader sees a full page
     * while other articles hold some of the words, and the result is empty only when no word is found. In
     * newest order mixing the two would bury the articles with every word, so only an empty strict result is
     * relaxed. Text that yields no terms gives no hits.
     */
    public SearchHits search(SearchQuery q) {
        ReaderQueryBuilder.Built built = queries.build(q.text());
        if (built == null) {
            return new SearchHits(0, List.of());
        }
        return withSearcher(s -> {
            SearchHits hits = search(s, q, built.strict());
            long enough = q.sort() == SearchSort.NEWEST ? 1 : RELAX_BELOW;
            return hits.total() < enough && built.relaxed() != null ? search(s, q, built.relaxed()) : hits;
        });
    }

    /** The reader query as built for {@code text} (for tests): its words and how many are required. */
    ReaderQueryBuilder.Built readerQuery(String text) {
        return queries.build(text);
    }

    private static final Sort RELEVANCE = new Sort(SortField.FIELD_SCORE,
            new SortField(ArticleFields.PUBLISHED, SortField.Type.LONG, true),
            new SortField(ArticleFields.ID, SortField.Type.LONG, true));
    private static final Sort NEWEST = new Sort(new SortField(ArticleFields.PUBLISHED, SortField.Type.LONG, true),
            new SortField(ArticleFields.ID, SortField.Type.LONG, true));

    private SearchHits search(IndexSearcher s, SearchQuery q, Query textQuery) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(textQuery, Occur.MUST);
        if (q.channelId() != null) {
            b.add(new TermQuery(new Term(ArticleFields.CHANNEL, q.channelId())), Occur.FILTER);
        }
        if (q.from() != null || q.to() != null) {
            long lo = q.from() == null ? Long.MIN_VALUE : q.from().toEpochMilli();
            long hi = q.to() == null ? Long.MAX_VALUE : q.to().toEpochMilli() - 1;
            b.add(LongPoint.newRangeQuery(ArticleFields.PUBLISHED, lo, hi), Occur.FILTER);
        }
        Query query = b.build();
        int start = (q.page() - 1) * q.size();
        Sort sort = q.sort() == SearchSort.NEWEST ? NEWEST : RELEVANCE;
        // totalHitsThreshold MAX_VALUE: the total is documented exact, so no early termination.
        TopDocs top = s.search(query, new TopFieldCollectorManager(sort, start + q.size(), null, Integer.MAX_VALUE, false));
        long total = top.totalHits.value;
        if (start >= top.scoreDocs.length) {
            return new SearchHits(total, List.of());
        }
        ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, start, top.scoreDocs.length);
        TopDocs pageDocs = new TopDocs(top.totalHits, page);
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(s, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_CHARS, 0.5f))
                .withMaxLength(HIGHLIGHT_MAX_CHARS)
                .withHighlightPhrasesStrictly(false)
                .build();
        String[] snippets = highlighter.highlight(ArticleFields.BODY, query, pageDocs, 1);
        List<SearchHits.Hit> hits = new ArrayList<>(page.length);
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        for (int i = 0; i < page.length; i++) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(page[i].doc, leaves));
            int doc = page[i].doc - leaf.docBase;
            LeafReader r = leaf.reader();
            hits.add(new SearchHits.Hit(longValue(r, ArticleFields.ID, doc), binaryValue(r, ArticleFields.TITLE, doc),
                    snippets[i] == null ? "" : snippets[i], sortedValue(r, ArticleFields.CHANNEL, doc),
                    Instant.ofEpochMilli(longValue(r, ArticleFields.PUBLISHED, doc))));
        }
        return new SearchHits(total, hits);
    }

    /** Snippet length goal in characters ({@link LengthGoalBreakIterator#createClosestToLength}). */
    static final int SNIPPET_CHARS = 90;
    /**
     * Only the first this many characters of a body are highlighted (UnifiedHighlighter maxLength); a match
     * further on gives the body's opening instead. Bodies are median 686 characters in the shipped corpus.
     */
    static final int HIGHLIGHT_MAX_CHARS = 10_000;

    private static long longValue(LeafReader r, String field, int doc) throws IOException {
        NumericDocValues v = DocValues.getNumeric(r, field);
        return v.advanceExact(doc) ? v.longValue() : 0;
    }

    private static String binaryValue(LeafReader r, String field, int doc) throws IOException {
        BinaryDocValues v = DocValues.getBinary(r, field);
        return v.advanceExact(doc) ? v.binaryValue().utf8ToString() : "";
    }

    private static String sortedValue(LeafReader r, String field, int doc) throws IOException {
        SortedDocValues v = DocValues.getSorted(r, field);
        return v.advanceExact(doc) ? v.lookupOrd(v.ordValue()).utf8ToString() : "";
    }

    /**
     * The ids of up to {@code n} articles most like article {@code id} (MoreLikeThis over headline, tags and
     * body, the body's headline words weighted up, same-channel prior; see the {@code MLT_*} constants), best
     * first: never the article itself, never two entries with the same headline, never one with
     * exactly the article's body (a copy of the same page), never a near-duplicate of the article and never two
     * near-duplicates of each other (the better ranked stays; {@link NearDuplicateCheck}: exact 5-character
     * shingle Jaccard ≥ 0.95, checked on the entries considered only). Another article with the same headline but
     * a different body (a rewrite of the story) may be listed. Empty when the article is not in the index.
     */
    public List<Long> related(long id, int n) {
        return related(id, n, RelatedTuning.SHIPPED);
    }

    /** {@link #related(long, int)} with the query built by {@code tuning} (for measuring variants). */
    List<Long> related(long id, int n, RelatedTuning tuning) {
        return withSearcher(s -> {
            TopDocs self = s.search(new TermQuery(new Term(ArticleFields.ID, Long.toString(id))), 1);
            if (self.scoreDocs.length == 0) {
                return List.of();
            }
            int myDoc = self.scoreDocs[0].doc;
            Query like = relatedQuery(s.getIndexReader(), myDoc, tuning);
            TopDocs top = s.search(like, new TopScoreDocCollectorManager(n * 4 + 10, null, 1000, false));
            Set<String> seenTitles = new LinkedHashSet<>();
            List<Long> ids = new ArrayList<>(n);
            StoredFields stored = s.storedFields();
            NearDuplicateCheck nearDuplicates = new NearDuplicateCheck(s);
            nearDuplicates.reference(myDoc);
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = stored.document(sd.doc, Set.of(ArticleFields.ID, ArticleFields.TITLE_KEY));
                if (!seenTitles.contains(d.get(ArticleFields.TITLE_KEY)) && nearDuplicates.admit(sd.doc)) {
                    seenTitles.add(d.get(ArticleFields.TITLE_KEY));
                    ids.add(Long.parseLong(d.get(ArticleFields.ID)));
                    if (ids.size() == n) {
                        break;
                    }
                }
            }
            return ids;
        });
    }

    /**
     * The related-list query for document {@code myDoc} of {@code reader}: MoreLikeThis over headline, tags
     * and body, never the article itself nor an exact copy of its body, optionally with the same-channel
     * prior. Reads the document's stored fields and term vectors; thread-safe.
     */
    Query relatedQuery(IndexReader reader, int myDoc, RelatedTuning t) throws IOException {
        Document me = reader.storedFields().document(myDoc);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        MoreLikeThis mlt = moreLikeThis(reader, wordAnalyzer, t);
        // Word fields: terms from the stored term vectors (no second segmentation of the text).
        mlt.setFieldNames(new String[] {ArticleFields.TITLE});
        b.add(new BoostQuery(mlt.like(myDoc), t.titleBoost()), Occur.SHOULD);
        if (reader.termVectors().get(myDoc, ArticleFields.TAGS) != null) { // tags are not stored
            mlt.setFieldNames(new String[] {ArticleFields.TAGS});
            b.add(mlt.like(myDoc), Occur.SHOULD);
        }
        mlt.setFieldNames(new String[] {ArticleFields.BODY});
        Query body = mlt.like(myDoc);
        if (t.titleTermBoost() != 1f) {
            body = boostTerms(body, vectorTerms(reader, myDoc, ArticleFields.TITLE), t.titleTermBoost());
        }
        b.add(body, Occur.SHOULD);
        if (t.bigramWeight() > 0) {
            MoreLikeThis bigrams = moreLikeThis(reader, analyzers.bigram(), t);
            bigrams.setFieldNames(new String[] {ArticleFields.BODY_BIGRAM});
            b.add(new BoostQuery(bigrams.like(ArticleFields.BODY_BIGRAM,
                    new StringReader(me.get(ArticleFields.BODY))), t.bigramWeight()), Occur.SHOULD);
        }
        b.add(new TermQuery(new Term(ArticleFields.ID, me.get(ArticleFields.ID))), Occur.MUST_NOT);
        b.add(new TermQuery(new Term(ArticleFields.BODY_HASH, me.get(ArticleFields.BODY_HASH))), Occur.MUST_NOT);
        if (!t.sameChannelPrior()) {
            return b.build();
        }
        return FunctionScoreQuery.boostByQuery(b.build(),
                new TermQuery(new Term(ArticleFields.CHANNEL, me.get(ArticleFields.CHANNEL))), RELATED_SAME_CHANNEL_BOOST);
    }

    private static MoreLikeThis moreLikeThis(IndexReader reader, Analyzer analyzer, RelatedTuning t) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(reader, new PowerIdfSimilarity(t.idfPower()));
        mlt.setAnalyzer(analyzer);
        mlt.setMinDocFreq(MLT_MIN_DOC_FREQ);
        mlt.setMaxDocFreq(maxDocFreq(reader.numDocs(), t.maxDocFreqPct()));
        mlt.setMaxQueryTerms(t.maxQueryTerms());
        mlt.setBoost(true);
        mlt.setMinTermFreq(MLT_MIN_TERM_FREQ);
        return mlt;
    }

    /**
     * MoreLikeThis's term weight with a stronger idf: tf × idf^power (MoreLikeThis scores a term with its
     * similarity's {@code idf} times the raw term frequency, see its javadoc; power 1 is {@link ClassicSimilarity}).
     */
    static final class PowerIdfSimilarity extends ClassicSimilarity {
        private final float power;

        PowerIdfSimilarity(float power) {
            this.power = power;
        }

        @Override
        public float idf(long docFreq, long docCount) {
            float idf = super.idf(docFreq, docCount);
            return power == 1f ? idf : (float) Math.pow(idf, power);
        }
    }

    /** The terms of one field of one document, from its term vector (empty without one). */
    private static Set<String> vectorTerms(IndexReader reader, int doc, String field) throws IOException {
        Terms tv = reader.termVectors().get(doc, field);
        Set<String> out = new HashSet<>();
        if (tv != null) {
            TermsEnum te = tv.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                out.add(t.utf8ToString());
            }
        }
        return out;
    }

    /** {@code q} (a MoreLikeThis query: boosted term clauses) with the clauses of {@code terms} weighted × factor. */
    private static Query boostTerms(Query q, Set<String> terms, float factor) {
        if (!(q instanceof BooleanQuery bq) || terms.isEmpty()) {
            return q;
        }
        BooleanQuery.Builder out = new BooleanQuery.Builder();
        for (BooleanClause c : bq.clauses()) {
            Query inner = c.getQuery();
            float boost = 1f;
            if (inner instanceof BoostQuery bo) {
                boost = bo.getBoost();
                inner = bo.getQuery();
            }
            if (inner instanceof TermQuery tq && terms.contains(tq.getTerm().text())) {
                boost *= factor;
            }
            out.add(new BoostQuery(inner, boost), c.getOccur());
        }
        return out.build();
    }

    /**
     * Published articles whose text is a near-duplicate of {@code title + bodyText} (exact 5-character shingle
     * Jaccard ≥ {@value NearDuplicates#THRESHOLD}, {@link NearDuplicates}), best first (then lower id), at most
     * {@value #MAX_NEAR_DUPLICATES}, never article {@code excludeId} (the article being edited; pass 0 for none).
     * Candidates come from the MinHash terms ({@link NearDuplicates#candidateQuery}, the
     * {@value #NEAR_DUPLICATE_CANDIDATES} sharing the most), then are confirmed on their stored title and body.
     * {@code bodyText} is plain text (not HTML); nulls count as empty. Costs one query of up to 128 terms and one
     * stored-field read per candidate that the MinHash screen does not rule out (none for most texts).
     */
    public List<NearDuplicate> nearDuplicatesOf(String title, String bodyText, long excludeId) {
        NearDuplicates.Signature mine = NearDuplicates.signature(title, bodyText);
        Query candidates = NearDuplicates.candidateQuery(mine);
        if (candidates == null) {
            return List.of();
        }
        Set<Long> myShingles = NearDuplicates.shingles(title, bodyText);
        return withSearcher(s -> {
            NearDuplicateCheck check = new NearDuplicateCheck(s);
            List<NearDuplicate> out = new ArrayList<>();
            StoredFields stored = s.storedFields();
            for (ScoreDoc sd : s.search(candidates, NEAR_DUPLICATE_CANDIDATES).scoreDocs) {
                if (!NearDuplicates.mayBeNearDuplicate(mine, check.signature(sd.doc))) {
                    continue;
                }
                Document d = stored.document(sd.doc, Set.of(ArticleFields.ID, ArticleFields.TITLE, ArticleFields.BODY));
                long id = Long.parseLong(d.get(ArticleFields.ID));
                if (id == excludeId) {
                    continue;
                }
                double j = NearDuplicates.jaccard(myShingles,
                        NearDuplicates.shingles(d.get(ArticleFields.TITLE), d.get(ArticleFields.BODY)));
                if (j >= NearDuplicates.THRESHOLD) {
                    out.add(new NearDuplicate(id, d.get(ArticleFields.TITLE), j));
                }
            }
            out.sort(java.util.Comparator.comparingDouble(NearDuplicate::jaccard).reversed()
                    .thenComparingLong(NearDuplicate::id));
            return List.copyOf(out.subList(0, Math.min(MAX_NEAR_DUPLICATES, out.size())));
        });
    }

    /** Whether articles {@code a} and {@code b} are near-duplicates of each other; false when either is not in the index. */
    public boolean nearDuplicate(long a, long b) {
        return withSearcher(s -> {
            int da = docOf(s, a);
            int db = docOf(s, b);
            return da >= 0 && db >= 0 && new NearDuplicateCheck(s).nearDuplicate(da, db);
        });
    }

    /**
     * The first {@code limit} of {@code candidates} (in their order) left when each that is a near-duplicate of one
     * of {@code references} (e.g. the article of the page and its related entries) or of a candidate kept before it
     * is dropped. Candidates and references not in the index are not compared (a candidate is kept). Screens
     * pairs by MinHash signature (doc values), so the usual cost is one id lookup and one doc-value read per
     * article looked at; stored texts are read only for pairs the screen cannot rule out.
     */
    public List<Long> withoutNearDuplicates(java.util.Collection<Long> references, List<Long> candidates, int limit) {
        return withSearcher(s -> {
            NearDuplicateCheck check = new NearDuplicateCheck(s);
            for (long r : references) {
                int doc = docOf(s, r);
                if (doc >= 0) {
                    check.reference(doc);
                }
            }
            List<Long> out = new ArrayList<>(limit);
            for (long c : candidates) {
                if (out.size() == limit) {
                    break;
                }
                int doc = docOf(s, c);
                if (doc < 0 || check.admit(doc)) {
                    out.add(c);
                }
            }
            return out;
        });
    }

    private static int docOf(IndexSearcher s, long id) throws IOException {
        TopDocs hit = s.search(new TermQuery(new Term(ArticleFields.ID, Long.toString(id))), 1);
        return hit.scoreDocs.length == 0 ? -1 : hit.scoreDocs[0].doc;
    }

    /** Most near-duplicates {@link #nearDuplicatesOf} returns. */
    public static final int MAX_NEAR_DUPLICATES = 5;
    /** MinHash candidates {@link #nearDuplicatesOf} looks at, those sharing the most terms first. */
    static final int NEAR_DUPLICATE_CANDIDATES = 20;

    /** MoreLikeThis's maxDocFreq for an index of {@code numDocs} documents: 30% of them, at most {@value #MLT_MAX_DOC_FREQ}. */
    static int maxDocFreq(int numDocs) {
        return maxDocFreq(numDocs, MLT_MAX_DOC_FREQ_PCT);
    }

    static int maxDocFreq(int numDocs, int pct) {
        return Math.min((int) ((long) numDocs * pct / 100), MLT_MAX_DOC_FREQ);
    }

    /** NFKC (full-width letters and digits become ASCII), lower case. */
    static String normalize(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** The key under which two headlines count as the same: NFKC, lower case, without white space. */
    public static String titleKey(String title) {
        return normalize(title).replaceAll("\\s+", "");
    }

    /** SHA-256 (hex) of the body with all white space removed: equal for exact duplicate bodies. */
    public static String bodyHash(String body) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(normalize(body).replaceAll("\\s+", "")
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface SearcherFunction<T> {
        T apply(IndexSearcher s) throws IOException;
    }

    private <T> T withSearcher(SearcherFunction<T> f) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return f.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
    }
}
