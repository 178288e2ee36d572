package org.inkstone.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusReaderTest {

    private static final Map<String, String> CHANNELS = Map.of("体育", "sports", "gongyi", "charity", "改革进行时", "reform");
    private final CorpusReader reader = new CorpusReader(l -> Optional.ofNullable(CHANNELS.get(l)), 20, 1000, 10);

    private final List<CorpusRecord> ok = new ArrayList<>();
    private final List<CorpusReader.Reject> rejected = new ArrayList<>();

    private void read(String... lines) throws Exception {
        Path f = dir.resolve("in.jsonl");
        Files.writeString(f, String.join("\n", lines));
        reader.read(f, ok::add, rejected::add);
    }

    @TempDir
    Path dir;

    @Test
    void readsAValidRecordWithItsChannelDateAndTags() throws Exception {
        read("{\"id\":\"a1\",\"title\":\"标题\",\"body\":\"正文。\",\"category\":\"gongyi\",\"date\":\"2012-06-21\",\"source\":\"sohu.com\",\"tags\":[\"公益\"]}");
        assertEquals(0, rejected.size());
        CorpusRecord r = ok.get(0);
        assertEquals("a1", r.externalId());
        assertEquals("charity", r.channelId());
        assertEquals("标题", r.title());
        assertEquals("2012-06-21", r.date().toString());
        assertEquals("sohu.com", r.source());
        assertEquals(List.of("公益"), r.tags());
    }

    @Test
    void rejectsBadRecordsWithLineNumberAndReasonAndKeepsTheRest() throws Exception {
        read("{\"id\":\"a1\",\"body\":\"正文一。\",\"category\":\"体育\"}",
                "{not json",
                "{\"id\":\"a3\",\"body\":\"  \",\"category\":\"体育\"}",
                "{\"id\":\"a4\",\"body\":\"正文。\",\"category\":\"火星\"}",
                "{\"id\":\"a5\",\"title\":\"这个标题实在是太长了超过了二十个字符的上限啊啊啊\",\"body\":\"正文。\",\"category\":\"体育\"}",
                "{\"id\":\"a6\",\"body\":\"正文。\",\"category\":\"体育\",\"source\":\"一个特别特别长的来源名称啊\"}",
                "[1,2]",
                "{\"id\":\"a8\",\"body\":\"正文八。\",\"category\":\"体育\",\"date\":\"2012-13-45\"}",
                "{\"id\":\"a9\",\"body\":\"正文九。\",\"category\":\"体育\"}");
        assertEquals(List.of("a1", "a9"), ok.stream().map(CorpusRecord::externalId).toList());
        assertEquals(List.of(2, 3, 4, 5, 6, 7, 8), rejected.stream().map(CorpusReader.Reject::line).toList());
        assertEquals("malformed JSON", rejected.get(0).reason());
        assertEquals("record a3 has no body", rejected.get(1).reason());
        assertEquals("unknown channel '火星' in a4", rejected.get(2).reason());
        assertEquals("title of a5 longer than 20 characters", rejected.get(3).reason());
        assertEquals("source of a6 longer than 10 characters", rejected.get(4).reason());
        assertEquals("not a JSON object", rejected.get(5).reason());
        assertEquals("bad date '2012-13-45' in a8", rejected.get(6).reason());
    }

    @Test
    void rejectsOverLongBody() throws Exception {
        read("{\"id\":\"b1\",\"body\":\"" + "字".repeat(1001) + "\",\"category\":\"体育\"}");
        assertEquals("body of b1 longer than 1000 characters", rejected.get(0).reason());
    }

    @Test
    void derivesAMissingTitleFromTheFirstSentenceBeforeTheDateline() throws Exception {
        read("{\"id\":\"t1\",\"title\":null,\"body\":\"湖人大胜国王 拜纳姆伤愈复出新浪体育讯北京时间4月12日，湖人击败国王。\",\"category\":\"体育\"}");
        CorpusRecord r = ok.get(0);
        assertTrue(r.titleDerived());
        assertEquals("湖人大胜国王 拜纳姆伤愈复出", r.title());
    }

    @Test
    void fallbackTitleIsCutAtFortyCharactersAndNeverEmpty() {
        assertEquals("字".repeat(40) + "…", CorpusReader.fallbackTitle("字".repeat(80)));
        assertEquals("短文", CorpusReader.fallbackTitle("　短文"));
        assertFalse(CorpusReader.fallbackTitle("。。。").isBlank());
    }

    @Test
    void readsTheSeedArticleJsonFile() throws Exception {
        Path seed = Path.of(System.getProperty("inkstone.shared.dir", "../shared"), "data/seed/article.json");
        reader.read(seed, ok::add, rejected::add);
        // The seed title is 32 characters: over this test reader's 20-character limit, so it is rejected by reason.
        assertEquals(1, rejected.size());
        CorpusReader lenient = new CorpusReader(l -> Optional.ofNullable(CHANNELS.get(l)), 200, 100_000, 100);
        lenient.read(seed, ok::add, rejected::add);
        assertEquals("seed-0001", ok.get(0).externalId());
        assertEquals("reform", ok.get(0).channelId());
        assertEquals("省妇联新媒体中心", ok.get(0).source());
    }
}
