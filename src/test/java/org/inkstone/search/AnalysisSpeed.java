package org.inkstone.search;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.inkstone.ingest.CorpusReader;
import org.inkstone.ingest.CorpusRecord;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Indexing speed of the analyzer variants: the shipped corpus added {@code repeat} times (default 10) to an
 * in-memory index, one thread, after one warm-up pass; prints documents per second. Arguments: variants among
 * {@code smartcn-plain} (no folding, the analysis before issue 11), {@code smartcn}, {@code icu}; then repeat.
 */
public final class AnalysisSpeed {

    public static void main(String[] args) throws Exception {
        Path news = Path.of(System.getProperty("inkstone.shared.dir", "../shared")).resolve("data/zh-news/news.jsonl");
        List<CorpusRecord> records = new ArrayList<>();
        new CorpusReader(label -> Optional.of(label), 200, 200_000, 100).read(news, records::add, r -> { });
        int repeat = args.length > 1 ? Integer.parseInt(args[args.length - 1]) : 10;
        long t0 = System.nanoTime();
        int pairs = ArticleAnalyzers.TradSimp.PAIRS;
        System.out.printf(Locale.ROOT, "traditional→simplified map: %d pairs, built in %.0f ms%n", pairs, (System.nanoTime() - t0) / 1e6);
        for (String variant : args[0].split(",")) {
            ArticleAnalyzers a = switch (variant) {
                case "smartcn-plain" -> new ArticleAnalyzers(ArticleAnalyzers.Segmenter.SMARTCN, false);
                case "smartcn" -> new ArticleAnalyzers(ArticleAnalyzers.Segmenter.SMARTCN);
                case "icu" -> new ArticleAnalyzers(ArticleAnalyzers.Segmenter.ICU);
                case "icu-plain" -> new ArticleAnalyzers(ArticleAnalyzers.Segmenter.ICU, false);
                default -> throw new IllegalArgumentException(variant);
            };
            for (int pass = 0; pass < 2; pass++) {
                int n = pass == 0 ? 1 : repeat;
                try (LuceneArticleIndex index = new LuceneArticleIndex(new ByteBuffersDirectory(), 64, null, a)) {
                    long start = System.nanoTime();
                    long id = 0;
                    for (int r = 0; r < n; r++) {
                        for (CorpusRecord rec : records) {
                            index.add(ShippedCorpus.article(++id, rec));
                        }
                    }
                    index.commit(0, "speed");
                    double s = (System.nanoTime() - start) / 1e9;
                    if (pass == 1) {
                        System.out.printf(Locale.ROOT, "%-14s %d docs in %.1f s: %.0f docs/s%n", variant, id, s, id / s);
                    }
                }
            }
        }
    }
}
