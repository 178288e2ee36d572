package org.inkstone.search;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.inkstone.ingest.CorpusReader;
import org.inkstone.ingest.CorpusRecord;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Measures the quality of the related-articles list ({@link LuceneArticleIndex#related}) on the shared zh-news
 * corpus and prints the figures:
 * <ul>
 *   <li>precision@5 over the 958 THUCNews articles: the share of related entries in the article's own
 *       category (micro average over all returned entries; macro averages per article and per category);
 *       target ≥ 0.90;</li>
 *   <li>near-duplicate recall: for each pair of {@code near_duplicates.jsonl} with jaccard &lt; 0.95 (pairs
 *       above are exact or near-exact copies, deliberately excluded from related lists), whether b is in
 *       related(a, 5) and, separately, a in related(b, 5); target ≥ 0.95;</li>
 *   <li>near-duplicates kept apart: for each pair with jaccard ≥ 0.95, how often b is in related(a, 5) or a in
 *       related(b, 5); target 0.</li>
 * </ul>
 * Run with {@code bench/related-quality.sh}. The shared folder is taken from the system property
 * {@code inkstone.shared.dir} (default {@code ../shared}, relative to the project root).
 */
public final class RelatedQuality {

    static final int K = 5;
    static final double PRECISION_TARGET = 0.90;
    static final double NEAR_DUP_TARGET = 0.95;
    static final double NEAR_DUP_MAX_JACCARD = 0.95;

    private RelatedQuality() {
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        Path shared = Path.of(System.getProperty("inkstone.shared.dir", "../shared"));
        Path news = shared.resolve("data/zh-news/news.jsonl");
        Path pairsFile = shared.resolve("data/zh-news/near_duplicates.jsonl");

        List<CorpusRecord> records = new ArrayList<>();
        List<CorpusReader.Reject> rejects = new ArrayList<>();
        new CorpusReader(label -> Optional.of(label), 200, 200_000, 100).read(news, records::add, rejects::add);

        Map<String, Long> idOf = new HashMap<>();
        Map<Long, CorpusRecord> byId = new HashMap<>();
        long tIndex0 = System.nanoTime();
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             LuceneArticleIndex index = new LuceneArticleIndex(dir, 64)) {
            long id = 0;
            for (CorpusRecord r : records) {
                id++;
                idOf.put(r.externalId(), id);
                byId.put(id, r);
                index.upsert(ShippedCorpus.article(id, r));
            }
            index.commit(0, "related-quality");
            long tIndex = System.nanoTime() - tIndex0;

            // 1. precision@K over the THUCNews articles
            long tPrec0 = System.nanoTime();
            int articles = 0;
            int returned = 0;
            int sameCategory = 0;
            int shortLists = 0;
            int emptyLists = 0;
            double macroSum = 0;
            Map<String, int[]> perCategory = new TreeMap<>(); // articles, returned, same, short
            Map<String, double[]> perCategoryMacro = new TreeMap<>();
            for (Map.Entry<String, Long> e : idOf.entrySet()) {
                if (!e.getKey().startsWith("thucnews-")) {
                    continue;
                }
                CorpusRecord me = byId.get(e.getValue());
                List<Long> rel = index.related(e.getValue(), K);
                int same = 0;
                for (long r : rel) {
                    if (byId.get(r).channelId().equals(me.channelId())) {
                        same++;
                    }
                }
                articles++;
                returned += rel.size();
                sameCategory += same;
                int[] c = perCategory.computeIfAbsent(me.channelId(), k -> new int[4]);
                c[0]++;
                c[1] += rel.size();
                c[2] += same;
                if (rel.size() < K) {
                    shortLists++;
                    c[3]++;
                }
                if (rel.isEmpty()) {
                    emptyLists++;
                } else {
                    double p = (double) same / rel.size();
                    macroSum += p;
                    double[] m = perCategoryMacro.computeIfAbsent(me.channelId(), k -> new double[2]);
                    m[0] += p;
                    m[1]++;
                }
            }
            long tPrec = System.nanoTime() - tPrec0;
            double micro = returned == 0 ? 0 : (double) sameCategory / returned;
            double macro = articles - emptyLists == 0 ? 0 : macroSum / (articles - emptyLists);

            // 2. near duplicates
            long tDup0 = System.nanoTime();
            int checks = 0;
            int hits = 0;
            int skipped = 0;
            int missingIds = 0;
            int sameHeadline = 0;
            int dupChecks = 0;
            List<String> dupListed = new ArrayList<>();
            List<String> misses = new ArrayList<>();
            try (BufferedReader in = Files.newBufferedReader(pairsFile, StandardCharsets.UTF_8)) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonObject o;
                    try (JsonReader jr = Json.createReader(new StringReader(line))) {
                        o = jr.readObject();
                    }
                    double jaccard = o.getJsonNumber("jaccard").doubleValue();
                    Long a = idOf.get(o.getString("a"));
                    Long b = idOf.get(o.getString("b"));
                    if (a == null || b == null) {
                        missingIds++;
                        continue;
                    }
                    if (jaccard >= NEAR_DUP_MAX_JACCARD) {
                        skipped++;
                        for (long[] dirPair : new long[][] {{a, b}, {b, a}}) {
                            dupChecks++;
                            if (index.related(dirPair[0], K).contains(dirPair[1])) {
                                dupListed.add(o.getString("a") + " / " + o.getString("b"));
                            }
                        }
                        continue;
                    }
                    for (long[] dirPair : new long[][] {{a, b}, {b, a}}) {
                        List<Long> rel = index.related(dirPair[0], K);
                        checks++;
                        if (rel.contains(dirPair[1])) {
                            hits++;
                        } else {
                            CorpusRecord from = byId.get(dirPair[0]);
                            CorpusRecord to = byId.get(dirPair[1]);
                            boolean blocked = LuceneArticleIndex.titleKey(from.title())
                                    .equals(LuceneArticleIndex.titleKey(to.title()));
                            if (blocked) {
                                sameHeadline++;
                            }
                            misses.add(String.format(Locale.ROOT,
                                    "    %s (#%d \"%s\") -> %s (#%d \"%s\")  jaccard=%.3f  related=%s%s",
                                    from.externalId(), dirPair[0], from.title(), to.externalId(), dirPair[1],
                                    to.title(), jaccard, rel,
                                    blocked ? "  [same headline: never listed by related()]" : ""));
                        }
                    }
                }
            }
            long tDup = System.nanoTime() - tDup0;
            double dupRecall = checks == 0 ? 0 : (double) hits / checks;

            // 3. report
            System.out.println("== Related articles quality (相关文章) ==");
            System.out.printf(Locale.ROOT, "corpus: %s: %d records indexed, %d rejected%n", news, records.size(),
                    rejects.size());
            for (CorpusReader.Reject r : rejects) {
                System.out.println("  rejected line " + r.line() + ": " + r.reason());
            }
            System.out.printf(Locale.ROOT, "MLT parameters: minTermFreq=%d minDocFreq=%d maxDocFreq=min(pct, %d) %s%n",
                    LuceneArticleIndex.MLT_MIN_TERM_FREQ, LuceneArticleIndex.MLT_MIN_DOC_FREQ,
                    LuceneArticleIndex.MLT_MAX_DOC_FREQ, RelatedTuning.SHIPPED);
            System.out.println();
            System.out.printf(Locale.ROOT, "precision@%d (thucnews-*, same category):%n", K);
            System.out.printf(Locale.ROOT, "  articles: %d, entries returned: %d, same category: %d%n", articles,
                    returned, sameCategory);
            System.out.printf(Locale.ROOT, "  micro average: %.4f  (target >= %.2f) %s%n", micro, PRECISION_TARGET,
                    micro >= PRECISION_TARGET ? "MET" : "NOT MET");
            System.out.printf(Locale.ROOT, "  macro average per article: %.4f (over %d articles with >= 1 entry)%n",
                    macro, articles - emptyLists);
            System.out.printf(Locale.ROOT, "  articles with fewer than %d entries: %d (of which empty: %d)%n", K,
                    shortLists, emptyLists);
            System.out.println("  per category: category  articles  micro  macro  short");
            for (Map.Entry<String, int[]> e : perCategory.entrySet()) {
                int[] c = e.getValue();
                double[] m = perCategoryMacro.getOrDefault(e.getKey(), new double[] {0, 0});
                System.out.printf(Locale.ROOT, "    %-6s %5d  %.4f  %.4f  %d%n", e.getKey(), c[0],
                        c[1] == 0 ? 0 : (double) c[2] / c[1], m[1] == 0 ? 0 : m[0] / m[1], c[3]);
            }
            System.out.println();
            System.out.printf(Locale.ROOT, "near duplicates (jaccard < %.2f, both directions, in related(x, %d)):%n",
                    NEAR_DUP_MAX_JACCARD, K);
            System.out.printf(Locale.ROOT, "  pairs not counted here (jaccard >= %.2f): %d, pairs with unknown ids: %d%n",
                    NEAR_DUP_MAX_JACCARD, skipped, missingIds);
            System.out.printf(Locale.ROOT, "  directed checks: %d, hits: %d, recall: %.4f  (target >= %.2f) %s%n",
                    checks, hits, dupRecall, NEAR_DUP_TARGET, dupRecall >= NEAR_DUP_TARGET ? "MET" : "NOT MET");
            System.out.printf(Locale.ROOT, "  misses with the same headline (excluded by the related() contract): %d;"
                    + " best reachable recall: %.4f%n", sameHeadline,
                    checks == 0 ? 0 : (double) (checks - sameHeadline) / checks);
            if (!misses.isEmpty()) {
                System.out.println("  misses:");
                misses.forEach(System.out::println);
            }
            System.out.printf(Locale.ROOT, "  pairs at jaccard >= %.2f (near-duplicates): partner listed in %d of %d directed"
                    + " checks (target 0) %s%n", NEAR_DUP_MAX_JACCARD, dupListed.size(), dupChecks,
                    dupListed.isEmpty() ? "MET" : "NOT MET");
            dupListed.forEach(p -> System.out.println("    listed together: " + p));
            System.out.println();
            System.out.printf(Locale.ROOT, "time: index %d ms, precision %d ms, near duplicates %d ms, total %d ms%n",
                    tIndex / 1_000_000, tPrec / 1_000_000, tDup / 1_000_000, (System.nanoTime() - t0) / 1_000_000);
        }
    }
}
