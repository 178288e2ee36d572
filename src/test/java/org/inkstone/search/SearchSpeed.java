package org.inkstone.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Uncached search latency in process: the shipped corpus indexed in memory, then {@code n} (default 2,000)
 * two-word queries drawn at random (seed 11) from common words of the corpus, one thread, after 500 warm-up
 * queries; prints p50 and p99 in microseconds for relevance and newest order.
 */
public final class SearchSpeed {

    static final String[] COMMON = {"中国", "市场", "记者", "公司", "北京", "比赛", "发展", "政府", "经济", "价格",
            "企业", "美国", "投资", "球队", "银行", "学生", "基金", "房价", "工作", "新闻", "技术", "问题", "增长", "城市"};

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        try (ShippedCorpus c = new ShippedCorpus(null)) {
            for (SearchSort sort : SearchSort.values()) {
                Random r = new Random(11);
                long[] micros = new long[n];
                for (int i = -500; i < n; i++) {
                    String q = COMMON[r.nextInt(COMMON.length)] + " " + COMMON[r.nextInt(COMMON.length)];
                    long t = System.nanoTime();
                    c.index.search(new SearchQuery(q, null, null, null, 1, 10, sort));
                    if (i >= 0) {
                        micros[i] = (System.nanoTime() - t) / 1_000;
                    }
                }
                Arrays.sort(micros);
                System.out.printf(Locale.ROOT, "%s: %d queries, p50 %d µs, p99 %d µs%n", sort.value(), n,
                        micros[n / 2], micros[n * 99 / 100]);
            }
        }
    }
}
