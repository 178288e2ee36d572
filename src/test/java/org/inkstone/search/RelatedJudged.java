package org.inkstone.search;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.inkstone.ingest.CorpusReader;
import org.inkstone.ingest.CorpusRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The judged related lists (相关文章) of {@code src/test/resources/relevance/related-qrels.tsv}: pools
 * candidates for judging and measures nDCG@5 of the product and of comparison rankings on the judgments.
 *
 * <p>{@code pool ID...} prints, for each source article (corpus id such as {@code thucnews-0349}), the union of
 * the top 10 of four rankings — the product's {@link LuceneArticleIndex#related}, the same MoreLikeThis query
 * without the same-channel prior, a plain character-bigram BM25 MoreLikeThis, and the headline's words
 * searched over headline and body — with each candidate's headline and opening, for a person to grade.
 *
 * <p>{@code eval} (the default) prints nDCG@5 per ranking on the judged sources, computed exactly as the quality
 * command {@code bench/search-quality.sh} does ({@link SearchQuality#ndcg}: Järvelin and Kekäläinen's nDCG,
 * TOIS 2002, with the gain 2^grade − 1 of Burges et al., ICML 2005; ideal order = the source's judged
 * articles best first). An article nobody judged counts as grade 0 (the count of such entries in the top 5 is
 * printed, so that a ranking that leaves the pool is visible). {@code variants} prints the table of
 * {@link #issue11Variants()}: judged nDCG@5, same-category precision@5, near-duplicate recall and the cost of
 * a list, each variant run with the product's own code ({@link LuceneArticleIndex#related(long, int,
 * RelatedTuning)}).
 *
 * <p>The shared folder is taken from the system property {@code inkstone.shared.dir} (default
 * {@code ../shared}); the judgments from {@code inkstone.related.qrels} (default
 * {@code src/test/resources/relevance/related-qrels.tsv}). Run with {@code bench/related-judged.sh}.
 */
public final class RelatedJudged {

    static final int K = 5;
    static final int POOL_DEPTH = 10;

    private final List<CorpusRecord> records = new ArrayList<>();
    private final Map<String, Long> idOf = new HashMap<>();
    private final Map<Long, CorpusRecord> byId = new HashMap<>();
    private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
    private final LuceneArticleIndex index;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Map<String, Double> nearDupJaccard = new HashMap<>();

    RelatedJudged(Path shared) throws IOException {
        Path news = shared.resolve("data/zh-news/news.jsonl");
        new CorpusReader(label -> Optional.of(label), 200, 200_000, 100).read(news, records::add, r -> { });
        index = new LuceneArticleIndex(dir, 64);
        long id = 0;
        for (CorpusRecord r : records) {
            id++;
            idOf.put(r.externalId(), id);
            byId.put(id, r);
            index.upsert(ShippedCorpus.article(id, r));
        }
        index.commit(0, "related-judged");
        reader = DirectoryReader.open(dir);
        searcher = new IndexSearcher(reader);
        try (BufferedReader in = Files.newBufferedReader(shared.resolve("data/zh-news/near_duplicates.jsonl"),
                StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                try (JsonReader jr = Json.createReader(new StringReader(line))) {
                    JsonObject o = jr.readObject();
                    double j = o.getJsonNumber("jaccard").doubleValue();
                    nearDupJaccard.put(o.getString("a") + " " + o.getString("b"), j);
                    nearDupJaccard.put(o.getString("b") + " " + o.getString("a"), j);
                }
            }
        }
    }

    /** The comparison rankings by name: corpus id of the source → corpus ids, best first. */
    Map<String, Function<String, List<String>>> rankings() {
        Map<String, Function<String, List<String>>> m = new LinkedHashMap<>();
        m.put("product", src -> ext(index.related(idOf.get(src), POOL_DEPTH)));
        m.put("no-prior", src -> ext(index.related(idOf.get(src), POOL_DEPTH, RelatedTuning.SHIPPED.withPrior(false))));
        m.put("bigram-bm25", this::bigramMoreLikeThis);
        m.put("title-words", this::titleWords);
        return m;
    }

    private List<String> ext(List<Long> ids) {
        return ids.stream().map(i -> byId.get(i).externalId()).toList();
    }

    /**
     * Plain character-bigram BM25 MoreLikeThis: the headline's and body's CJK bigrams (CJKAnalyzer) against
     * the bigram fields, Lucene's MoreLikeThis with the product's term limits, no channel prior.
     */
    List<String> bigramMoreLikeThis(String src) {
        CorpusRecord r = byId.get(idOf.get(src));
        try {
            MoreLikeThis mlt = new MoreLikeThis(reader);
            mlt.setAnalyzer(new CJKAnalyzer());
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(2);
            mlt.setMaxDocFreq(LuceneArticleIndex.maxDocFreq(reader.numDocs()));
            mlt.setMaxQueryTerms(100);
            mlt.setBoost(true);
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            mlt.setFieldNames(new String[] {ArticleFields.TITLE_BIGRAM});
            b.add(mlt.like(ArticleFields.TITLE_BIGRAM, new StringReader(r.title())), Occur.SHOULD);
            mlt.setFieldNames(new String[] {ArticleFields.BODY_BIGRAM});
            b.add(mlt.like(ArticleFields.BODY_BIGRAM, new StringReader(r.body())), Occur.SHOULD);
            return top(b, src);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The headline's smartcn words searched over headline (×2) and body, any of them. */
    List<String> titleWords(String src) {
        CorpusRecord r = byId.get(idOf.get(src));
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String w : new LinkedHashSet<>(words(new SmartChineseAnalyzer(), r.title()))) {
            if (w.codePointCount(0, w.length()) < 2 && !w.matches("[a-z0-9]+")) {
                continue;
            }
            b.add(new BoostQuery(new TermQuery(new Term(ArticleFields.TITLE, w)), 2f), Occur.SHOULD);
            b.add(new TermQuery(new Term(ArticleFields.BODY, w)), Occur.SHOULD);
        }
        return top(b, src);
    }

    private List<String> top(BooleanQuery.Builder b, String src) {
        b.add(new TermQuery(new Term(ArticleFields.ID, Long.toString(idOf.get(src)))), Occur.MUST_NOT);
        Query q = b.build();
        try {
            List<String> out = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(q, POOL_DEPTH).scoreDocs) {
                Document d = searcher.storedFields().document(sd.doc, Set.of(ArticleFields.ID));
                out.add(byId.get(Long.parseLong(d.get(ArticleFields.ID))).externalId());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> words(Analyzer a, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream(ArticleFields.TITLE, text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(t.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private String opening(CorpusRecord r, int chars) {
        String b = r.body().replaceAll("[\\s\\u3000\\u00a0\\ue40c]+", " ").strip();
        return b.length() <= chars ? b : b.substring(0, chars);
    }

    void pool(List<String> sources) {
        Map<String, Function<String, List<String>>> rankings = rankings();
        for (String src : sources) {
            CorpusRecord s = byId.get(idOf.get(src));
            System.out.printf(Locale.ROOT, "### %s [%s] %s (%d chars)%n    %s%n", src, s.channelId(), s.title(),
                    s.body().length(), opening(s, 300));
            Map<String, StringBuilder> pooled = new LinkedHashMap<>();
            for (Map.Entry<String, Function<String, List<String>>> e : rankings.entrySet()) {
                List<String> list = e.getValue().apply(src);
                for (int i = 0; i < list.size(); i++) {
                    pooled.computeIfAbsent(list.get(i), k -> new StringBuilder())
                            .append(e.getKey().charAt(0)).append(i + 1).append(' ');
                }
            }
            for (Map.Entry<String, StringBuilder> e : pooled.entrySet()) {
                CorpusRecord c = byId.get(idOf.get(e.getKey()));
                Double j = nearDupJaccard.get(src + " " + e.getKey());
                System.out.printf(Locale.ROOT, "%s\t[%s] %s | %s%s  {%s}%n", e.getKey(), c.channelId(), c.title(),
                        opening(c, 110), j == null ? "" : String.format(Locale.ROOT, "  <<jaccard %.3f>>", j),
                        e.getValue().toString().strip());
            }
            System.out.println();
        }
    }

    /** Source → (judged corpus id → grade), in file order. */
    static Map<String, Map<String, Integer>> readQrels(Path file) throws IOException {
        Map<String, Map<String, Integer>> q = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 3) {
                throw new IllegalArgumentException("not source<TAB>article<TAB>grade: " + line);
            }
            q.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1], Integer.parseInt(f[2]));
        }
        return q;
    }

    /** nDCG@k as the quality command computes it ({@link SearchQuality#ndcg}: gain 2^grade − 1, log2 discount). */
    static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
        return SearchQuality.ndcg(ranked, grades, k);
    }

    /** Mean nDCG@5 of one ranking over the judged sources, with the unjudged entries and the cost. */
    record Figures(double ndcg, int unjudged, double msPerList, Map<String, Double> perSource) {
    }

    Figures measure(Function<String, List<String>> ranking, Map<String, Map<String, Integer>> qrels) {
        double sum = 0;
        int unjudged = 0;
        Map<String, Double> per = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        int sources = 0;
        for (Map.Entry<String, Map<String, Integer>> e : qrels.entrySet()) {
            if (e.getValue().values().stream().noneMatch(g -> g > 0)) {
                continue; // nDCG is undefined without a relevant article (the source still counts as judged)
            }
            sources++;
            List<String> top = ranking.apply(e.getKey());
            top = top.subList(0, Math.min(K, top.size()));
            for (String c : top) {
                if (!e.getValue().containsKey(c)) {
                    unjudged++;
                }
            }
            double n = ndcg(top, e.getValue(), K);
            per.put(e.getKey(), n);
            sum += n;
        }
        double ms = (System.nanoTime() - t0) / 1e6 / sources;
        return new Figures(sum / sources, unjudged, ms, per);
    }

    void eval(Path qrelsFile) throws IOException {
        Map<String, Map<String, Integer>> qrels = readQrels(qrelsFile);
        System.out.printf(Locale.ROOT, "== Judged related lists: %d sources (%d with a relevant article: the mean is"
                        + " over those), %d judgments (%s) ==%n", qrels.size(),
                qrels.values().stream().filter(m -> m.values().stream().anyMatch(g -> g > 0)).count(),
                qrels.values().stream().mapToInt(Map::size).sum(), qrelsFile);
        Map<String, Function<String, List<String>>> rankings = rankings();
        rankings.values().forEach(r -> qrels.keySet().forEach(r::apply)); // warm-up
        Map<String, Figures> all = new LinkedHashMap<>();
        for (Map.Entry<String, Function<String, List<String>>> e : rankings.entrySet()) {
            Figures f = measure(e.getValue(), qrels);
            all.put(e.getKey(), f);
            System.out.printf(Locale.ROOT, "  %-12s nDCG@%d %.4f   unjudged in top %d: %d   %.1f ms/list%n", e.getKey(),
                    K, f.ndcg(), K, f.unjudged(), f.msPerList());
        }
        System.out.println("  per source (product, bigram-bm25):");
        for (String src : all.get("product").perSource().keySet()) {
            System.out.printf(Locale.ROOT, "    %-44s %.3f  %.3f%n", src, all.get("product").perSource().get(src),
                    all.get("bigram-bm25").perSource().get(src));
        }
    }

    /**
     * Same-category precision@5 over the THUCNews articles (micro average, as {@link RelatedQuality}) and the
     * cost of one list in ms (mean over those calls, one thread).
     */
    double[] categoryPrecision(RelatedTuning t) {
        int returned = 0;
        int same = 0;
        int calls = 0;
        long t0 = System.nanoTime();
        for (CorpusRecord r : records) {
            if (!r.externalId().startsWith("thucnews-")) {
                continue;
            }
            calls++;
            for (long id : index.related(idOf.get(r.externalId()), K, t)) {
                returned++;
                if (byId.get(id).channelId().equals(r.channelId())) {
                    same++;
                }
            }
        }
        return new double[] {returned == 0 ? 0 : (double) same / returned, (System.nanoTime() - t0) / 1e6 / calls};
    }

    /** Share of near-duplicate pairs below 0.95 Jaccard whose partner is in the top 5, both directions. */
    double nearDuplicateRecall(RelatedTuning t) {
        int checks = 0;
        int hits = 0;
        for (Map.Entry<String, Double> e : nearDupJaccard.entrySet()) { // holds both directions
            if (e.getValue() >= RelatedQuality.NEAR_DUP_MAX_JACCARD) {
                continue;
            }
            String[] ab = e.getKey().split(" ");
            if (!idOf.containsKey(ab[0]) || !idOf.containsKey(ab[1])) {
                continue;
            }
            checks++;
            if (index.related(idOf.get(ab[0]), K, t).contains(idOf.get(ab[1]))) {
                hits++;
            }
        }
        return checks == 0 ? 0 : (double) hits / checks;
    }

    void variants(Path qrelsFile, Map<String, RelatedTuning> variants) throws IOException {
        Map<String, Map<String, Integer>> qrels = readQrels(qrelsFile);
        categoryPrecision(RelatedTuning.SHIPPED); // warm-up
        System.out.println("| variant | settings | judged nDCG@5 | unjudged in top 5 | same-category P@5 | near-dup recall | ms/list |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Map.Entry<String, RelatedTuning> v : variants.entrySet()) {
            RelatedTuning t = v.getValue();
            Figures f = measure(src -> ext(index.related(idOf.get(src), K, t)), qrels);
            double[] p = categoryPrecision(t);
            double dup = nearDuplicateRecall(t);
            System.out.printf(Locale.ROOT, "| %s | %s | %.3f | %d | %.3f | %.3f | %.1f |%n", v.getKey(), t, f.ndcg(),
                    f.unjudged(), p[0], dup, p[1]);
        }
    }

    /** The variants measured for issue 11 ("generic vocabulary drowns the topic"), by name. */
    static Map<String, RelatedTuning> issue11Variants() {
        RelatedTuning b = RelatedTuning.BEFORE;
        Map<String, RelatedTuning> m = new LinkedHashMap<>();
        m.put("before", b);
        m.put("no prior", b.withPrior(false));
        m.put("idf^2", b.withIdfPower(2));
        m.put("idf^3", b.withIdfPower(3));
        m.put("maxDf 10%", b.withMaxDocFreqPct(10));
        m.put("maxDf 5%", b.withMaxDocFreqPct(5));
        m.put("title x2", b.withTitleBoost(2));
        m.put("title terms x3", b.withTitleTermBoost(3));
        m.put("bigram 0.5", b.withBigramWeight(0.5f));
        m.put("idf^2 title terms x3", b.withIdfPower(2).withTitleTermBoost(3));
        m.put("idf^2 maxDf 10% title terms x3", b.withIdfPower(2).withMaxDocFreqPct(10).withTitleTermBoost(3));
        // round 2, around the best of round 1 (title terms x3)
        m.put("title terms x2", b.withTitleTermBoost(2));
        m.put("title terms x4", b.withTitleTermBoost(4));
        m.put("title terms x3 bigram 0.5", b.withTitleTermBoost(3).withBigramWeight(0.5f));
        m.put("title terms x3 idf^1.5", b.withTitleTermBoost(3).withIdfPower(1.5f));
        m.put("title terms x3 maxDf 10%", b.withTitleTermBoost(3).withMaxDocFreqPct(10));
        m.put("title terms x2 idf^1.5", b.withTitleTermBoost(2).withIdfPower(1.5f));
        return m;
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(System.getProperty("inkstone.shared.dir", "../shared"));
        RelatedJudged j = new RelatedJudged(shared);
        Path qrels = Path.of(System.getProperty("inkstone.related.qrels",
                "src/test/resources/relevance/related-qrels.tsv"));
        if (args.length > 0 && args[0].equals("pool")) {
            j.pool(List.of(args).subList(1, args.length));
        } else if (args.length > 0 && args[0].equals("variants")) {
            Map<String, RelatedTuning> all = issue11Variants();
            if (args.length > 1) { // only the named ones, comma-separated
                all.keySet().retainAll(List.of(args[1].split(",")));
            }
            j.variants(qrels, all);
        } else {
            j.eval(qrels);
        }
    }
}
