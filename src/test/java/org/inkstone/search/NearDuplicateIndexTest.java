package org.inkstone.search;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.inkstone.ingest.CorpusReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Near-duplicates in the index, on real articles of {@code ../shared/data/zh-news}: thucnews-0221 and -0407
 * (Jaccard 0.9878, a near-duplicate pair), thucnews-0689 and -0697 (0.9249, a rewrite that stays related), with
 * the first 120 THUCNews articles around them so that term statistics look like a corpus's. One index for all
 * tests (built once: the analysis is slow); a test that changes it puts it back.
 */
class NearDuplicateIndexTest {

    private static final long A0221 = 221, A0407 = 407, A0689 = 689, A0697 = 697, A0956 = 956;

    private static ByteBuffersDirectory dir;
    private static LuceneArticleIndex index;
    private static final Map<Long, String[]> text = new HashMap<>();

    @BeforeAll
    static void setUp() throws IOException {
        dir = new ByteBuffersDirectory();
        index = new LuceneArticleIndex(dir, 16);
        Path news = Path.of(System.getProperty("inkstone.shared.dir", "../shared"), "data/zh-news/news.jsonl");
        for (String line : Files.readAllLines(news, StandardCharsets.UTF_8)) {
            JsonObject o;
            try (JsonReader r = Json.createReader(new StringReader(line))) {
                o = r.readObject();
            }
            String ext = o.getString("id");
            if (!ext.startsWith("thucnews-")) {
                continue;
            }
            long id = Long.parseLong(ext.substring("thucnews-".length()));
            if (id > 120 && id != A0221 && id != A0407 && id != A0689 && id != A0697 && id != A0956) {
                continue;
            }
            String body = o.getString("body");
            String title = o.get("title").getValueType() == JsonValue.ValueType.NULL ? CorpusReader.fallbackTitle(body)
                    : o.getString("title");
            text.put(id, new String[] {title, body});
            index.upsert(new IndexedArticle(id, title, body, List.of(), o.getString("category"), null));
        }
        index.commit(1, "near-duplicates");
    }

    @AfterAll
    static void tearDown() throws IOException {
        index.close();
    }

    @Test
    void aNearDuplicateNeverStandsInTheRelatedListButARewriteDoes() {
        assertFalse(index.related(A0221, 5).contains(A0407));
        assertFalse(index.related(A0407, 5).contains(A0221));
        assertTrue(index.related(A0689, 5).contains(A0697), "0.9249 is a rewrite: a good related entry");
        assertTrue(index.related(A0697, 5).contains(A0689));
    }

    @Test
    void ofTwoNearDuplicatesOfEachOtherOnlyTheBetterRankedIsListed() {
        // a third article: the first two thirds of 0221's body, so both 0221 and 0407 are very much like it
        String body = text.get(A0221)[1];
        index.upsert(new IndexedArticle(5000, "家居建材价格调查", body.substring(0, body.length() * 2 / 3), List.of(), "家居", null));
        index.refresh();
        assertTrue(NearDuplicates.jaccard("家居建材价格调查", body.substring(0, body.length() * 2 / 3),
                text.get(A0221)[0], body) < NearDuplicates.THRESHOLD);
        try {
            // without the rule 407 stands second, right after 221 (its near-duplicate)
            assertEquals(List.of(A0221, 102L, 12L, 101L, 87L), index.related(5000, 5), "the better ranked of the pair stays");
        } finally {
            index.delete(5000);
            index.refresh();
        }
    }

    @Test
    void nearDuplicatesOfATextAreThePublishedArticlesAtOrAboveTheThresholdBestFirst() {
        String[] t = text.get(A0221);
        List<NearDuplicate> found = index.nearDuplicatesOf(t[0], t[1], 0);
        assertEquals(List.of(A0221, A0407), found.stream().map(NearDuplicate::id).toList());
        assertEquals(1.0, found.get(0).jaccard());
        assertEquals(t[0], found.get(0).title());
        assertEquals(NearDuplicates.jaccard(t[0], t[1], text.get(A0407)[0], text.get(A0407)[1]), found.get(1).jaccard());
        assertEquals(0.988, found.get(1).jaccard(), 0.0005);

        assertEquals(List.of(A0407), index.nearDuplicatesOf(t[0], t[1], A0221).stream().map(NearDuplicate::id).toList(),
                "the article being edited never counts");
        String[] r = text.get(A0689);
        assertEquals(List.of(), index.nearDuplicatesOf(r[0], r[1], A0689), "0697 at 0.9249 is no near-duplicate");
        assertEquals(List.of(), index.nearDuplicatesOf("", "", 0));
        assertEquals(List.of(), index.nearDuplicatesOf(t[0], t[1].substring(0, t[1].length() / 2), 0), "half of it: no");
    }

    @Test
    void pairsAndListsWithoutNearDuplicates() {
        assertTrue(index.nearDuplicate(A0221, A0407));
        assertTrue(index.nearDuplicate(A0407, A0221));
        assertFalse(index.nearDuplicate(A0689, A0697));
        assertFalse(index.nearDuplicate(A0221, 999_999), "not in the index");
        assertEquals(List.of(A0221, A0689, A0697, 1L),
                index.withoutNearDuplicates(List.of(), List.of(A0221, A0407, A0689, A0697, 1L, 2L), 4));
        assertEquals(List.of(A0689, A0697, 1L, 2L),
                index.withoutNearDuplicates(List.of(A0407), List.of(A0221, A0407, A0689, A0697, 1L, 2L), 5),
                "a near-duplicate of the article, and the article itself, are never listed");
        assertEquals(List.of(999_999L, A0407), index.withoutNearDuplicates(List.of(999_998L), List.of(999_999L, A0407), 5),
                "ids not in the index are kept and compared with nothing");
    }

    @Test
    void aWithdrawnArticleIsNoLongerANearDuplicate() {
        index.delete(A0407);
        index.refresh();
        try {
            String[] t = text.get(A0221);
            assertEquals(List.of(A0221), index.nearDuplicatesOf(t[0], t[1], 0).stream().map(NearDuplicate::id).toList());
        } finally {
            index.upsert(new IndexedArticle(A0407, text.get(A0407)[0], text.get(A0407)[1], List.of(), "家居", null));
            index.refresh();
        }
    }
}
