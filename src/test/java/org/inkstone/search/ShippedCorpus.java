package org.inkstone.search;

import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.inkstone.ingest.CorpusReader;
import org.inkstone.ingest.CorpusRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shipped corpus {@code ../shared/data/zh-news/news.jsonl} (folder from the system property
 * {@code inkstone.shared.dir}, as {@link RelatedQuality} reads it) indexed in memory: article ids are 1, 2, … in
 * file order; {@link #externalId} maps them back.
 */
final class ShippedCorpus implements AutoCloseable {

    final List<CorpusRecord> records = new ArrayList<>();
    final Map<Long, String> externalIds = new HashMap<>();
    final LuceneArticleIndex index;

    ShippedCorpus(SynonymMap synonyms) {
        Path news = Path.of(System.getProperty("inkstone.shared.dir", "../shared")).resolve("data/zh-news/news.jsonl");
        try {
            new CorpusReader(label -> Optional.of(label), 200, 200_000, 100).read(news, records::add, r -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        index = new LuceneArticleIndex(new ByteBuffersDirectory(), 64, synonyms, new ArticleAnalyzers());
        long id = 0;
        for (CorpusRecord r : records) {
            id++;
            externalIds.put(id, r.externalId());
            index.add(article(id, r));
        }
        index.commit(0, "shipped-corpus");
    }

    static IndexedArticle article(long id, CorpusRecord r) {
        return new IndexedArticle(id, r.title(), r.body(), r.tags(), r.channelId(),
                r.date() == null ? null : r.date().atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    String externalId(long id) {
        return externalIds.get(id);
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
