package org.inkstone.search;

import com.ibm.icu.text.Transliterator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.inkstone.ingest.CorpusReader;
import org.inkstone.ingest.CorpusRecord;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The search quality command ({@code bench/search-quality.sh}): measures the product's search and related lists
 * against the judged sets under {@code src/test/resources/relevance/} and against a plain character-bigram BM25
 * baseline over the same articles, and prints the figures.
 *
 * <p>Both systems index {@code ../shared/data/zh-news/news.jsonl} in memory (the shared folder is the system
 * property {@code inkstone.shared.dir}, default {@code ../shared}, relative to the project root):
 * <ul>
 *   <li><b>product</b>: {@link LuceneArticleIndex} as it is on the branch; search through
 *       {@link LuceneArticleIndex#search(SearchQuery)} (relevance order), related through
 *       {@link LuceneArticleIndex#related(long, int)} with n = 5;</li>
 *   <li><b>bigram BM25 baseline</b>: one field, headline + body (only the body when the headline was derived
 *       from it, since the body then begins with the headline), analysed by Lucene's {@link CJKAnalyzer};
 *       {@link BM25Similarity} defaults (k1 = 1.2, b = 0.75); the query is the query text's bigrams OR'ed
 *       ({@link QueryBuilder#createBooleanQuery(String, String)}, no minimum match); related = Lucene's
 *       {@link MoreLikeThis} on that field with Lucene's defaults (minTermFreq 2, minDocFreq 5, maxQueryTerms
 *       25, no boost, no maxDocFreq), the source article itself skipped.</li>
 * </ul>
 *
 * <p>Measures, per system, with unjudged documents counted as grade 0 (the number of unjudged documents in each
 * system's top 10 / top 5 is printed, so holes in the pool show):
 * <ul>
 *   <li>nDCG@k (Järvelin &amp; Kekäläinen, "Cumulated gain-based evaluation of IR techniques", ACM TOIS 20(4),
 *       2002): gain 2^grade − 1 at rank r discounted by log2(r + 1); the ideal DCG orders all judged grades of
 *       the query (not only those retrieved) best first. The exponential gain is the form of Burges et al.,
 *       ICML 2005, used by TREC Web tracks and LETOR;</li>
 *   <li>P@5: grade ≥ 1 in the top 5, divided by 5;</li>
 *   <li>MRR@10: 1 / rank of the first grade ≥ 1 document in the top 10, 0 when there is none (a reader's first
 *       page; the MS MARCO passage ranking convention);</li>
 *   <li>search figures are averaged over queries with at least one document of grade ≥ 1; no-answer queries
 *       are reported apart, by the number of hits each system returns;</li>
 *   <li>related nDCG@5 over the judged source articles of {@code related-qrels.tsv}.</li>
 * </ul>
 *
 * <p>{@code --pool} prints, per query and per related source, the union of the top 10 of several rankings
 * (product, bigram BM25, a word-level BM25 OR query over smartcn words, headline-only bigram BM25; for
 * queries that change under traditional→simplified and NFKC folding each ranking also runs on the folded
 * text) with corpus id, category, headline and the first 160 characters of the body, marking documents
 * already judged. {@code --only=q01,q02} limits both modes to those query ids (and source ids);
 * {@code --sources=id,id} adds related sources to pool; {@code --unjudged} prints only the pooled articles
 * without a judgment yet (the second pooling round: judge those and append them to the qrels file).
 *
 * <p>Not thread-safe (a command); the static metric functions are pure.
 */
public final class SearchQuality {

    static final int SEARCH_K = 10;
    static final int P_K = 5;
    static final int RELATED_K = 5;
    static final int POOL_DEPTH = 10;
    static final int POOL_BODY_CHARS = 160;
    static final double SEARCH_MARGIN_TARGET = 0.03;
    static final double RELATED_NDCG_TARGET = 0.78;
    static final String NO_ANSWER = "no-answer";
    static final List<String> KINDS = List.of("multi-word", "traditional", "full-width", "person", "topic", NO_ANSWER);

    static final Path RELEVANCE_DIR = Path.of("src/test/resources/relevance");

    private SearchQuality() {
    }

    // ---------------------------------------------------------------- judged sets

    /** One judged search query: id, kind, the channel (category) of the intended topic or "-", the text. */
    record JudgedQuery(String qid, String kind, String channel, String text) {
    }

    /** Reads {@code qid<TAB>kind<TAB>channel<TAB>query}; blank lines and lines starting with # are skipped. */
    static List<JudgedQuery> readQueries(Path file) throws IOException {
        List<JudgedQuery> out = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 4 || !KINDS.contains(f[1])) {
                throw new IllegalArgumentException(file + " line " + n + ": expected qid, kind, channel, query: " + line);
            }
            out.add(new JudgedQuery(f[0], f[1], f[2], f[3]));
        }
        return out;
    }

    /** Reads {@code key<TAB>corpus-id<TAB>grade} into key → (corpus id → grade), in file order; empty if absent. */
    static Map<String, Map<String, Integer>> readQrels(Path file) throws IOException {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 3 || !f[2].matches("[012]")) {
                throw new IllegalArgumentException(file + " line " + n + ": expected key, corpus id, grade 0-2: " + line);
            }
            Integer old = out.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1], Integer.parseInt(f[2]));
            if (old != null) {
                throw new IllegalArgumentException(file + " line " + n + ": judged twice: " + f[0] + " " + f[1]);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- metrics (pure)

    /** DCG of the first k entries of {@code ranking}: Σ (2^grade − 1) / log2(rank + 1); unjudged = grade 0. */
    static double dcg(List<String> ranking, Map<String, Integer> grades, int k) {
        double sum = 0;
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            sum += gain(grades.getOrDefault(ranking.get(i), 0)) / log2(i + 2);
        }
        return sum;
    }

    /** nDCG@k: DCG divided by the DCG of all judged grades sorted best first; 0 when no grade is above 0. */
    static double ndcg(List<String> ranking, Map<String, Integer> grades, int k) {
        List<String> ideal = grades.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
        double idcg = dcg(ideal, grades, k);
        return idcg == 0 ? 0 : dcg(ranking, grades, k) / idcg;
    }

    /** Precision@k: entries of grade ≥ 1 among the first k, divided by k (a short list counts its gaps as 0). */
    static double precision(List<String> ranking, Map<String, Integer> grades, int k) {
        int rel = 0;
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            if (grades.getOrDefault(ranking.get(i), 0) >= 1) {
                rel++;
            }
        }
        return (double) rel / k;
    }

    /** 1 / rank of the first entry of grade ≥ 1 among the first k, 0 when there is none. */
    static double reciprocalRank(List<String> ranking, Map<String, Integer> grades, int k) {
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            if (grades.getOrDefault(ranking.get(i), 0) >= 1) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    /** Entries among the first k that carry no judgment. */
    static int unjudged(List<String> ranking, Map<String, Integer> grades, int k) {
        int u = 0;
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            if (!grades.containsKey(ranking.get(i))) {
                u++;
            }
        }
        return u;
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    // ---------------------------------------------------------------- the systems

    /** Loads the corpus as the product's importer does (category = channel id). */
    static List<CorpusRecord> loadCorpus(Path shared, List<CorpusReader.Reject> rejects) throws IOException {
        List<CorpusRecord> records = new ArrayList<>();
        new CorpusReader(label -> Optional.of(label), 200, 200_000, 100)
                .read(shared.resolve("data/zh-news/news.jsonl"), records::add, rejects::add);
        return records;
    }

    /**
     * The product index and the reference index (bigram, word and headline-bigram fields, one BM25 index) over
     * one corpus; rankings are lists of corpus ids, best first.
     */
    static final class Systems implements Closeable {
        static final String REF_ID = "id";
        static final String REF_BIGRAM = "bigram";
        static final String REF_WORDS = "words";
        static final String REF_TITLE = "title_bigram";

        final List<CorpusRecord> records;
        final Map<String, Long> idOf = new HashMap<>();
        final Map<Long, CorpusRecord> byId = new HashMap<>();
        final Map<String, CorpusRecord> byExternal = new HashMap<>();
        private final LuceneArticleIndex product;
        private final ByteBuffersDirectory refDir = new ByteBuffersDirectory();
        private final Analyzer cjk = new CJKAnalyzer();
        private final Analyzer smartcn = new SmartChineseAnalyzer();
        private final DirectoryReader refReader;
        private final IndexSearcher ref;

        /** {@code withWords}: also index the smartcn word field (pool rankings only; costs a second segmentation). */
        Systems(List<CorpusRecord> records, boolean withWords) throws IOException {
            this.records = records;
            product = new LuceneArticleIndex(new ByteBuffersDirectory(), 64);
            FieldType withVectors = new FieldType(TextField.TYPE_NOT_STORED);
            withVectors.setStoreTermVectors(true); // MoreLikeThis.like(docId) reads the terms from here
            withVectors.freeze();
            Analyzer perField = new PerFieldAnalyzerWrapper(cjk, Map.of(REF_WORDS, smartcn));
            IndexWriterConfig cfg = new IndexWriterConfig(perField).setSimilarity(new BM25Similarity());
            try (IndexWriter w = new IndexWriter(refDir, cfg)) {
                long id = 0;
                for (CorpusRecord r : records) {
                    id++;
                    idOf.put(r.externalId(), id);
                    byId.put(id, r);
                    byExternal.put(r.externalId(), r);
                    product.upsert(ShippedCorpus.article(id, r));
                    String text = r.titleDerived() ? r.body() : r.title() + "\n" + r.body();
                    Document d = new Document();
                    d.add(new StringField(REF_ID, r.externalId(), Field.Store.YES));
                    d.add(new Field(REF_BIGRAM, text, withVectors));
                    if (withWords) {
                        d.add(new Field(REF_WORDS, text, withVectors));
                    }
                    d.add(new TextField(REF_TITLE, r.title(), Field.Store.NO));
                    w.addDocument(d);
                }
            }
            product.commit(0, "search-quality");
            refReader = DirectoryReader.open(refDir);
            ref = new IndexSearcher(refReader);
            ref.setSimilarity(new BM25Similarity());
        }

        List<String> productSearch(String text, int k) {
            return product.search(relevanceQuery(text, k)).hits().stream()
                    .map(h -> byId.get(h.id()).externalId()).toList();
        }

        long productTotal(String text) {
            return product.search(relevanceQuery(text, 1)).total();
        }

        /** The product's first page in relevance order (the one place to adapt when SearchQuery changes). */
        private static SearchQuery relevanceQuery(String text, int k) {
            return new SearchQuery(text, null, null, null, 1, k);
        }

        List<String> productRelated(String source, int k) {
            Long id = idOf.get(source);
            if (id == null) {
                return List.of();
            }
            return product.related(id, k).stream().map(r -> byId.get(r).externalId()).toList();
        }

        /** Bigram BM25: the text's CJKAnalyzer bigrams OR'ed over headline + body. */
        List<String> bigramSearch(String text, int k) {
            return ids(orQuery(cjk, REF_BIGRAM, text), k);
        }

        long bigramTotal(String text) {
            Query q = orQuery(cjk, REF_BIGRAM, text);
            try {
                return q == null ? 0 : ref.count(q);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Word BM25 (pool only): the text's smartcn words OR'ed over headline + body. */
        List<String> wordSearch(String text, int k) {
            return ids(orQuery(smartcn, REF_WORDS, text), k);
        }

        /** Headline-only bigram BM25 (pool only). */
        List<String> titleSearch(String text, int k) {
            return ids(orQuery(cjk, REF_TITLE, text), k);
        }

        /** Baseline related list: MoreLikeThis on the bigram field, Lucene's defaults, the source skipped. */
        List<String> bigramRelated(String source, int k) {
            MoreLikeThis mlt = newMoreLikeThis();
            mlt.setFieldNames(new String[] {REF_BIGRAM});
            mlt.setAnalyzer(cjk);
            return moreLikeThis(mlt, source, k);
        }

        /** Word-level related list (pool only): MoreLikeThis on smartcn words, 100 terms, tf ≥ 1, df ≥ 2, boost. */
        List<String> wordRelated(String source, int k) {
            MoreLikeThis mlt = newMoreLikeThis();
            mlt.setFieldNames(new String[] {REF_WORDS});
            mlt.setAnalyzer(smartcn);
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(2);
            mlt.setMaxQueryTerms(100);
            mlt.setBoost(true);
            return moreLikeThis(mlt, source, k);
        }

        /** Headline-only related list (pool only): the source's headline bigrams OR'ed over other headlines. */
        List<String> titleRelated(String source, int k) {
            CorpusRecord r = byExternal.get(source);
            if (r == null) {
                return List.of();
            }
            List<String> out = new ArrayList<>(ids(orQuery(cjk, REF_TITLE, r.title()), k + 1));
            out.remove(source);
            return out.size() > k ? out.subList(0, k) : out;
        }

        private MoreLikeThis newMoreLikeThis() {
            try {
                return new MoreLikeThis(refReader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private List<String> moreLikeThis(MoreLikeThis mlt, String source, int k) {
            try {
                TopDocs self = ref.search(new TermQuery(new Term(REF_ID, source)), 1);
                if (self.scoreDocs.length == 0) {
                    return List.of();
                }
                Query like = new BooleanQuery.Builder()
                        .add(mlt.like(self.scoreDocs[0].doc), Occur.SHOULD)
                        .add(new TermQuery(new Term(REF_ID, source)), Occur.MUST_NOT).build();
                return ids(like, k);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Query orQuery(Analyzer a, String field, String text) {
            return new QueryBuilder(a).createBooleanQuery(field, text, org.apache.lucene.search.BooleanClause.Occur.SHOULD);
        }

        private List<String> ids(Query q, int k) {
            if (q == null) {
                return List.of();
            }
            try {
                List<String> out = new ArrayList<>();
                for (ScoreDoc sd : ref.search(q, k).scoreDocs) {
                    out.add(ref.storedFields().document(sd.doc, Set.of(REF_ID)).get(REF_ID));
                }
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            product.close();
            refReader.close();
            refDir.close();
        }
    }

    // ---------------------------------------------------------------- evaluation

    /** Mean figures of one system over a set of queries (or sources). */
    record Means(int n, double ndcg, double p5, double mrr, int unjudgedTop10, int unjudgedTop5) {
    }

    /** Everything the report prints, per system: "product" and "bm25". */
    record Result(Map<String, Means> search, Map<String, Map<String, Means>> searchByKind,
                  Map<String, Map<String, Long>> noAnswerHits, Map<String, Means> related,
                  List<String> perQueryLines, List<String> missingIds) {
    }

    static final List<String> SYSTEMS = List.of("product", "bm25");

    static Result evaluate(Systems sys, List<JudgedQuery> queries, Map<String, Map<String, Integer>> qrels,
                           Map<String, Map<String, Integer>> relatedQrels) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        Map<String, Map<String, double[]>> kindSums = new LinkedHashMap<>();
        Map<String, Map<String, Long>> noAnswer = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        qrels.values().forEach(g -> g.keySet().stream().filter(id -> !sys.byExternal.containsKey(id)).forEach(missing::add));
        relatedQrels.forEach((src, g) -> {
            if (!sys.byExternal.containsKey(src)) {
                missing.add(src);
            }
            g.keySet().stream().filter(id -> !sys.byExternal.containsKey(id)).forEach(missing::add);
        });
        for (JudgedQuery q : queries) {
            Map<String, Integer> grades = qrels.getOrDefault(q.qid(), Map.of());
            boolean answerable = grades.values().stream().anyMatch(g -> g >= 1);
            if (!answerable) {
                Map<String, Long> hits = new LinkedHashMap<>();
                hits.put("product", sys.productTotal(q.text()));
                hits.put("bm25", sys.bigramTotal(q.text()));
                noAnswer.put(q.qid() + " " + q.kind() + " " + q.text(), hits);
                continue;
            }
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-4s %-11s %-20s rel=%-3d",
                    q.qid(), q.kind(), q.text(), grades.values().stream().filter(g -> g >= 1).count()));
            for (String s : SYSTEMS) {
                List<String> ranking = s.equals("product") ? sys.productSearch(q.text(), SEARCH_K)
                        : sys.bigramSearch(q.text(), SEARCH_K);
                double[] v = {1, ndcg(ranking, grades, SEARCH_K), precision(ranking, grades, P_K),
                        reciprocalRank(ranking, grades, SEARCH_K), unjudged(ranking, grades, SEARCH_K),
                        unjudged(ranking, grades, P_K)};
                add(sums.computeIfAbsent(s, k -> new double[6]), v);
                add(kindSums.computeIfAbsent(s, k -> new LinkedHashMap<>()).computeIfAbsent(q.kind(), k -> new double[6]), v);
                line.append(String.format(Locale.ROOT, "  %s nDCG %.3f P@5 %.2f RR %.2f unj %d",
                        s, v[1], v[2], v[3], (int) v[4]));
            }
            lines.add(line.toString());
        }
        Map<String, double[]> relSums = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Integer>> e : relatedQrels.entrySet()) {
            for (String s : SYSTEMS) {
                List<String> ranking = s.equals("product") ? sys.productRelated(e.getKey(), RELATED_K)
                        : sys.bigramRelated(e.getKey(), RELATED_K);
                Map<String, Integer> g = e.getValue();
                add(relSums.computeIfAbsent(s, k -> new double[6]), new double[] {1, ndcg(ranking, g, RELATED_K),
                        precision(ranking, g, P_K), reciprocalRank(ranking, g, RELATED_K), 0, unjudged(ranking, g, RELATED_K)});
            }
        }
        Map<String, Map<String, Means>> byKind = new LinkedHashMap<>();
        kindSums.forEach((s, m) -> {
            Map<String, Means> km = new LinkedHashMap<>();
            KINDS.stream().filter(m::containsKey).forEach(k -> km.put(k, means(m.get(k))));
            byKind.put(s, km);
        });
        Map<String, Means> search = new LinkedHashMap<>();
        sums.forEach((s, v) -> search.put(s, means(v)));
        Map<String, Means> related = new LinkedHashMap<>();
        relSums.forEach((s, v) -> related.put(s, means(v)));
        return new Result(search, byKind, noAnswer, related, lines, missing);
    }

    private static void add(double[] sum, double[] v) {
        for (int i = 0; i < v.length; i++) {
            sum[i] += v[i];
        }
    }

    private static Means means(double[] s) {
        int n = (int) s[0];
        return new Means(n, s[1] / n, s[2] / n, s[3] / n, (int) s[4], (int) s[5]);
    }

    // ---------------------------------------------------------------- command

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        boolean pool = Arrays.asList(args).contains("--pool");
        unjudgedOnly = Arrays.asList(args).contains("--unjudged");
        Set<String> only = new LinkedHashSet<>();
        List<String> extraSources = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("--only=")) {
                only.addAll(Arrays.asList(a.substring(7).split(",")));
            } else if (a.startsWith("--sources=")) {
                extraSources.addAll(Arrays.asList(a.substring(10).split(",")));
            } else if (!a.equals("--pool") && !a.equals("--unjudged")) {
                throw new IllegalArgumentException("unknown argument " + a
                        + " (use --pool, --unjudged, --only=ids, --sources=ids)");
            }
        }
        Path shared = Path.of(System.getProperty("inkstone.shared.dir", "../shared"));
        List<JudgedQuery> queries = readQueries(RELEVANCE_DIR.resolve("search-queries.tsv")).stream()
                .filter(q -> only.isEmpty() || only.contains(q.qid())).toList();
        Map<String, Map<String, Integer>> qrels = readQrels(RELEVANCE_DIR.resolve("search-qrels.tsv"));
        Map<String, Map<String, Integer>> relatedQrels = new LinkedHashMap<>(readQrels(RELEVANCE_DIR.resolve("related-qrels.tsv")));
        relatedQrels.keySet().removeIf(k -> !only.isEmpty() && !only.contains(k));
        List<CorpusReader.Reject> rejects = new ArrayList<>();
        List<CorpusRecord> records = loadCorpus(shared, rejects);
        try (Systems sys = new Systems(records, pool)) {
            long tIndex = System.nanoTime() - t0;
            if (pool) {
                printPool(sys, queries, qrels, relatedQrels, extraSources);
                return;
            }
            Result r = evaluate(sys, queries, qrels, relatedQrels);
            printReport(r, records.size(), rejects.size(), queries.size());
            System.out.printf(Locale.ROOT, "%ntime: indexing both systems %d ms, total %d ms%n", tIndex / 1_000_000,
                    (System.nanoTime() - t0) / 1_000_000);
        }
    }

    static void printReport(Result r, int docs, int rejected, int queries) {
        System.out.println("== Search and related-list quality on the judged sets ==");
        System.out.printf(Locale.ROOT, "corpus: %d articles indexed (%d rejected); %d judged queries%n", docs, rejected, queries);
        System.out.println("product = LuceneArticleIndex as on this branch; bm25 = CJKAnalyzer bigrams of headline+body, "
                + "BM25 k1=1.2 b=0.75, query bigrams OR'ed; related bm25 = MoreLikeThis on the bigram field, Lucene defaults");
        System.out.println("nDCG: gain 2^grade-1, discount log2(rank+1), ideal from all judged grades (Jarvelin & Kekalainen 2002); "
                + "unjudged documents count as grade 0");
        if (!r.missingIds().isEmpty()) {
            System.out.println("WARNING: judged ids not in the corpus: " + r.missingIds());
        }
        System.out.println();
        System.out.println("search (queries with >= 1 relevant document):");
        System.out.println("  system   queries  nDCG@10  P@5    MRR@10  unjudged in top10 / top5 (sum over queries)");
        r.search().forEach((s, m) -> System.out.printf(Locale.ROOT, "  %-8s %5d    %.4f   %.4f %.4f  %d / %d%n",
                s, m.n(), m.ndcg(), m.p5(), m.mrr(), m.unjudgedTop10(), m.unjudgedTop5()));
        Means p = r.search().get("product");
        Means b = r.search().get("bm25");
        if (p != null && b != null) {
            System.out.printf(Locale.ROOT, "  product - bm25 nDCG@10: %+.4f (target >= +%.2f) %s%n", p.ndcg() - b.ndcg(),
                    SEARCH_MARGIN_TARGET, p.ndcg() - b.ndcg() >= SEARCH_MARGIN_TARGET ? "MET" : "NOT MET");
        }
        System.out.println();
        System.out.println("search by query kind:");
        System.out.println("  kind         queries  product nDCG@10 P@5  MRR     bm25 nDCG@10 P@5  MRR");
        Map<String, Means> pk = r.searchByKind().getOrDefault("product", Map.of());
        Map<String, Means> bk = r.searchByKind().getOrDefault("bm25", Map.of());
        for (String k : KINDS) {
            if (pk.containsKey(k)) {
                Means a = pk.get(k);
                Means c = bk.get(k);
                System.out.printf(Locale.ROOT, "  %-12s %4d     %.4f  %.2f  %.4f   %.4f  %.2f  %.4f%n", k, a.n(),
                        a.ndcg(), a.p5(), a.mrr(), c.ndcg(), c.p5(), c.mrr());
            }
        }
        System.out.println();
        System.out.println("no-answer queries (no relevant document judged): hits returned");
        r.noAnswerHits().forEach((q, h) -> System.out.printf(Locale.ROOT, "  %-40s product %d  bm25 %d%n", q,
                h.get("product"), h.get("bm25")));
        System.out.println();
        if (r.related().isEmpty()) {
            System.out.println("related: no related-qrels.tsv judgments on this branch");
        } else {
            System.out.println("related lists (judged sources):");
            System.out.println("  system   sources  nDCG@5   P@5    MRR@5   unjudged in top5 (sum)");
            r.related().forEach((s, m) -> System.out.printf(Locale.ROOT, "  %-8s %5d    %.4f   %.4f %.4f  %d%n",
                    s, m.n(), m.ndcg(), m.p5(), m.mrr(), m.unjudgedTop5()));
            Means rp = r.related().get("product");
            System.out.printf(Locale.ROOT, "  product nDCG@5 %.4f (target >= %.2f) %s%n", rp.ndcg(), RELATED_NDCG_TARGET,
                    rp.ndcg() >= RELATED_NDCG_TARGET ? "MET" : "NOT MET");
        }
        System.out.println();
        System.out.println("per query:");
        r.perQueryLines().forEach(System.out::println);
    }

    // ---------------------------------------------------------------- pooling

    private static boolean unjudgedOnly;

    private static final Transliterator T2S = Transliterator.getInstance("Traditional-Simplified");

    /** NFKC, then ICU's Traditional-Simplified transform: the pool's second spelling of a query. */
    static String fold(String text) {
        return T2S.transliterate(Normalizer.normalize(text, Normalizer.Form.NFKC));
    }

    static void printPool(Systems sys, List<JudgedQuery> queries, Map<String, Map<String, Integer>> qrels,
                          Map<String, Map<String, Integer>> relatedQrels, List<String> extraSources) {
        System.out.println("# pool: union of the top " + POOL_DEPTH + " of each ranking. Rankings: P product, "
                + "B bigram BM25, W smartcn word BM25 (OR), T headline-only bigram BM25; lower case = run on the "
                + "folded (NFKC + traditional->simplified) text. [g] = judged grade, [ ] = not judged yet.");
        for (JudgedQuery q : queries) {
            Map<String, List<String>> rankings = new LinkedHashMap<>();
            List<String> texts = new ArrayList<>(List.of(q.text()));
            String folded = fold(q.text());
            if (!folded.equals(q.text())) {
                texts.add(folded);
            }
            for (int i = 0; i < texts.size(); i++) {
                String t = texts.get(i);
                rankings.put(i == 0 ? "P" : "p", sys.productSearch(t, POOL_DEPTH));
                rankings.put(i == 0 ? "B" : "b", sys.bigramSearch(t, POOL_DEPTH));
                rankings.put(i == 0 ? "W" : "w", sys.wordSearch(t, POOL_DEPTH));
                rankings.put(i == 0 ? "T" : "t", sys.titleSearch(t, POOL_DEPTH));
            }
            printPooled(sys, "## " + q.qid() + "\t" + q.kind() + "\t" + q.channel() + "\t" + q.text()
                    + (texts.size() > 1 ? "\t(folded: " + folded + ")" : ""), rankings,
                    qrels.getOrDefault(q.qid(), Map.of()), List.of(folded.toLowerCase(Locale.ROOT).split("\\s+")));
        }
        Set<String> sources = new LinkedHashSet<>(relatedQrels.keySet());
        sources.addAll(extraSources);
        for (String src : sources) {
            CorpusRecord r = sys.byExternal.get(src);
            if (r == null) {
                System.out.println("## related " + src + ": not in the corpus");
                continue;
            }
            Map<String, List<String>> rankings = new LinkedHashMap<>();
            rankings.put("P", sys.productRelated(src, POOL_DEPTH));
            rankings.put("B", sys.bigramRelated(src, POOL_DEPTH));
            rankings.put("W", sys.wordRelated(src, POOL_DEPTH));
            rankings.put("T", sys.titleRelated(src, POOL_DEPTH));
            printPooled(sys, "## related " + src + "\t" + r.channelId() + "\t" + r.title() + "\t" + snippet(r.body()),
                    rankings, relatedQrels.getOrDefault(src, Map.of()), List.of());
        }
    }

    private static void printPooled(Systems sys, String header, Map<String, List<String>> rankings,
                                    Map<String, Integer> grades, List<String> words) {
        System.out.println(header);
        Map<String, Integer> best = new LinkedHashMap<>();
        Map<String, StringBuilder> by = new TreeMap<>();
        rankings.forEach((name, ids) -> {
            for (int i = 0; i < ids.size(); i++) {
                best.merge(ids.get(i), i, Math::min);
                by.computeIfAbsent(ids.get(i), k -> new StringBuilder()).append(name);
            }
        });
        best.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .filter(e -> !unjudgedOnly || !grades.containsKey(e.getKey()))
                .forEach(e -> {
                    CorpusRecord r = sys.byExternal.get(e.getKey());
                    Integer g = grades.get(e.getKey());
                    String text = fold(r.title() + " " + r.body()).toLowerCase(Locale.ROOT);
                    StringBuilder counts = new StringBuilder();
                    for (String w : words) {
                        counts.append(w).append('x').append(occurrences(text, w)).append(' ');
                    }
                    System.out.printf(Locale.ROOT, "[%s] %s\t%s\t%s\t%s%s\t%s%n", g == null ? " " : g.toString(),
                            e.getKey(), r.channelId(), by.get(e.getKey()), counts, r.title(), snippet(r.body()));
                });
        System.out.println();
    }

    private static int occurrences(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0 && !word.isEmpty(); i = text.indexOf(word, i + word.length())) {
            n++;
        }
        return n;
    }

    private static String snippet(String body) {
        String s = body.replaceAll("[\\s\\u3000\\u00a0\\ue40c]+", " ").strip();
        return s.length() <= POOL_BODY_CHARS ? s : s.substring(0, POOL_BODY_CHARS);
    }
}
