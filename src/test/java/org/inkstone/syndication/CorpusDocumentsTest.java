package org.inkstone.syndication;

import org.inkstone.article.Article;
import org.inkstone.ingest.CorpusReader;
import org.inkstone.ingest.CorpusRecord;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A broad check: every article of the shared corpora (the seed and {@code ../shared/data/zh-news/news.jsonl}), read
 * as the importer reads them (default limits) and assembled as imported articles, gives a ninjs document that
 * validates against the ninjs 2.1 schema and a NewsML-G2 document that validates against the 2.35 XSD.
 */
class CorpusDocumentsTest {

    @Test
    void everyCorpusArticleValidatesInBothFormats() throws Exception {
        ItemAssemblerTest.Desk desk = new ItemAssemblerTest.Desk();
        Map<String, String> channelOfLabel = new HashMap<>();
        CorpusReader reader = new CorpusReader(label -> Optional.of(channelOfLabel.computeIfAbsent(label, l -> {
            String id = "c" + (channelOfLabel.size() + 1);
            desk.channel(id, l, null);
            return id;
        })), 200, 200_000, 100);
        Path shared = Path.of(System.getProperty("inkstone.shared.dir", "../shared"));
        List<CorpusRecord> records = new ArrayList<>();
        List<CorpusReader.Reject> rejects = new ArrayList<>();
        reader.read(shared.resolve("data/seed/article.json"), records::add, rejects::add);
        reader.read(shared.resolve("data/zh-news/news.jsonl"), records::add, rejects::add);
        long id = 1;
        for (CorpusRecord r : records) {
            Article a = new Article();
            a.setId(id);
            a.setExternalId(r.externalId());
            a.setChannelId(r.channelId());
            a.setTitle(r.title());
            a.setBody(r.body());
            a.setSource(r.source());
            a.setStatus("published");
            Instant at = r.date() == null ? Instant.parse("2026-01-01T00:00:00Z") : r.date().atStartOfDay().toInstant(ZoneOffset.UTC);
            a.setPublishedAt(at);
            a.setCreatedAt(at);
            desk.published.put(id, a);
            desk.tags.put(id, r.tags());
            id++;
        }
        ItemAssembler assembler = desk.assembler(URI.create("https://news.example/"));
        int checked = 0;
        for (long i = 1; i < id; i++) {
            ItemContent item = assembler.assemble(i);
            try {
                SyndicationSchemas.validateNinjs(SyndicationDocuments.render(item, Format.NINJS).body());
                SyndicationSchemas.validateNewsmlG2(SyndicationDocuments.render(item, Format.NEWSML_G2).body());
            } catch (AssertionError e) {
                throw new AssertionError("article " + desk.published.get(i).getExternalId() + ": " + e.getMessage(), e);
            }
            checked++;
        }
        assertTrue(checked > 1_000, "articles checked: " + checked);
        assertEquals(List.of(), rejects, "the corpora are read whole");
    }
}
