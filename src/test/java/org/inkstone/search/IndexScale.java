package org.inkstone.search;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.inkstone.ingest.CorpusReader;
import org.inkstone.ingest.CorpusRecord;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures the production index code in one JVM, without the server or the database: full-index rate on
 * {@code threads} threads (as {@link ArticleIndexer#rebuild} does: documents added to one IndexWriter), then
 * the latency of reader searches (uncached: two random common characters, and 20 fixed queries) and of
 * related lists (MoreLikeThis) at that size. Prints docs/s and latency percentiles in ms.
 *
 * <p>Run with {@code bench/index-scale.sh CORPUS.jsonl [threads]}; the index goes to a temporary folder on
 * disk (an FSDirectory, as in production) that is removed afterwards.
 */
public final class IndexScale {

    private static final String COMMON = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞";

    private IndexScale() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        List<CorpusRecord> records = new ArrayList<>();
        new CorpusReader(label -> Optional.of(label), 200, 200_000, 100).read(corpus, records::add, r -> { });
        System.out.printf("corpus %s: %,d records, mean body %,.0f characters%n", corpus.getFileName(), records.size(),
                records.stream().mapToInt(r -> r.body().length()).average().orElse(0));
        String keep = System.getProperty("inkstone.bench.index-dir");
        Path dir = keep == null ? Files.createTempDirectory("inkstone-index-scale") : Path.of(keep);
        try (FSDirectory fs = FSDirectory.open(dir)) {
            boolean reuse = keep != null && DirectoryReader.indexExists(fs);
            LuceneArticleIndex index = new LuceneArticleIndex(fs, 64);
            if (reuse) {
                System.out.printf("reusing the index in %s: %,d documents%n", dir, index.numDocs());
            } else {
                indexAll(records, index, threads, dir);
            }
            Random random = new Random(42);
            String[] fixed = {"房价", "乡村振兴", "股市", "篮球", "教育改革", "电影", "游戏", "基金", "装修", "彩票",
                "北京", "手机", "汽车", "考试", "明星", "足球比赛", "经济增长", "政府工作报告", "房地产市场", "留学"};
            for (int round = 0; round < 2; round++) { // the first round warms the JIT
                System.out.println(round == 0 ? "warm-up round" : "measured round");
                time("search, 20 fixed queries x 25", 500, i -> index.search(new SearchQuery(fixed[i % fixed.length], null, null, null, 1, SearchService.PAGE_SIZE)));
                time("search, two random common characters", 500, i -> index.search(new SearchQuery(
                        "" + COMMON.charAt(random.nextInt(COMMON.length())) + COMMON.charAt(random.nextInt(COMMON.length())),
                        null, null, null, 1, SearchService.PAGE_SIZE)));
                int[] sameChannel = new int[2];
                time("related (MoreLikeThis), random article", 300, i -> {
                    int id = 1 + random.nextInt(records.size());
                    for (long r : index.related(id, 5)) {
                        sameChannel[0] += records.get((int) r - 1).channelId().equals(records.get(id - 1).channelId()) ? 1 : 0;
                        sameChannel[1]++;
                    }
                });
                System.out.printf("  related entries in the article's own channel: %d of %d (%.3f)%n", sameChannel[0],
                        sameChannel[1], sameChannel[0] / (double) sameChannel[1]);
            }
            index.close();
        } finally {
            if (keep == null) {
                try (var walk = Files.walk(dir)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    /** Adds every record on {@code threads} threads, as {@link ArticleIndexer#rebuild} does, commits and prints the rate. */
    private static void indexAll(List<CorpusRecord> records, LuceneArticleIndex index, int threads, Path dir)
            throws Exception {
        long t0 = System.nanoTime();
        BlockingQueue<Integer> queue = new ArrayBlockingQueue<>(2_000);
        AtomicLong done = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(() -> {
                try {
                    for (int i = queue.take(); i >= 0; i = queue.take()) {
                        CorpusRecord r = records.get(i);
                        LocalDate d = r.date();
                        index.add(new IndexedArticle(i + 1, r.title(), r.body(), r.tags(), r.channelId(),
                                d == null ? null : d.atStartOfDay(ZoneOffset.UTC).toInstant()));
                        done.incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            w.start();
            workers.add(w);
        }
        for (int i = 0; i < records.size(); i++) {
            queue.put(i);
        }
        for (int t = 0; t < threads; t++) {
            queue.put(-1);
        }
        for (Thread w : workers) {
            w.join();
        }
        long tAdded = System.nanoTime();
        index.commit(0, "index-scale");
        long tCommitted = System.nanoTime();
        double s = (tCommitted - t0) / 1e9;
        System.out.printf("indexed %,d documents on %d threads in %.1f s (%.0f docs/s; commit %.1f s); index %,d MB%n",
                done.get(), threads, s, done.get() / s, (tCommitted - tAdded) / 1e9, size(dir) >> 20);
    }

    private static long size(Path dir) throws Exception {
        try (var walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void time(String label, int n, java.util.function.IntConsumer call) {
        long[] ns = new long[n];
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long a = System.nanoTime();
            call.accept(i);
            ns[i] = System.nanoTime() - a;
        }
        double total = (System.nanoTime() - t0) / 1e9;
        Arrays.sort(ns);
        System.out.printf("  %-42s %5d calls, %7.1f /s on 1 thread, p50 %6.2f ms, p90 %6.2f ms, p99 %6.2f ms, max %6.2f ms%n",
                label, n, n / total, ns[n / 2] / 1e6, ns[(int) (n * 0.9)] / 1e6, ns[(int) (n * 0.99)] / 1e6, ns[n - 1] / 1e6);
    }
}
