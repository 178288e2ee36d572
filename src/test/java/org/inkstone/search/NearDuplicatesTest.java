package org.inkstone.search;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The near-duplicate measure against the shared corpus's own figures ({@code ../shared/data/zh-news}). */
class NearDuplicatesTest {

    private static final Map<String, JsonObject> NEWS = new HashMap<>();
    private static final Map<String, Double> LISTED = new HashMap<>();

    @BeforeAll
    static void readCorpus() throws IOException {
        Path dir = Path.of(System.getProperty("inkstone.shared.dir", "../shared"), "data/zh-news");
        try (BufferedReader in = Files.newBufferedReader(dir.resolve("news.jsonl"), StandardCharsets.UTF_8)) {
            in.lines().map(NearDuplicatesTest::json).forEach(o -> NEWS.put(o.getString("id"), o));
        }
        try (BufferedReader in = Files.newBufferedReader(dir.resolve("near_duplicates.jsonl"), StandardCharsets.UTF_8)) {
            in.lines().map(NearDuplicatesTest::json).forEach(o -> LISTED.put(o.getString("a") + " " + o.getString("b"),
                    o.getJsonNumber("jaccard").doubleValue()));
        }
    }

    private static JsonObject json(String line) {
        try (JsonReader r = Json.createReader(new StringReader(line))) {
            return r.readObject();
        }
    }

    private static String title(String id) {
        JsonObject o = NEWS.get(id);
        return o.get("title").getValueType() == JsonValue.ValueType.NULL ? null : o.getString("title");
    }

    private static Set<Long> shinglesOf(String id) {
        return NearDuplicates.shingles(title(id), NEWS.get(id).getString("body"));
    }

    private static void assertPair(String a, String b, int common, int union) {
        Set<Long> sa = shinglesOf(a);
        Set<Long> sb = shinglesOf(b);
        double j = NearDuplicates.jaccard(sa, sb);
        assertEquals((double) common / union, j, 1e-12, a + " / " + b);
        assertEquals(LISTED.get(a + " " + b), j, 0.0005, "the shared file's figure, to 3 decimals");
    }

    @Test
    void theCorpusPairsHaveTheSharedFilesJaccardIndex() {
        assertPair("thucnews-0221", "thucnews-0407", 565, 572); // 0.9878: a near-duplicate
        assertPair("sogoucs-1c490ec964d2f0ea-34913306c0bb3300", "sogoucs-5ca99b81e3d2f0ea-34913306c0bb3300", 632, 632); // 1.0
        assertPair("thucnews-0689", "thucnews-0697", 1650, 1784); // 0.9249: a rewrite, below the threshold
        assertPair("thucnews-0201", "thucnews-0469", 1578, 1767); // 0.8930
        assertPair("sogoucs-fa4c089943d2f0ea-34913306c0bb3300", "sogoucs-324e84e559d2f0ea-34913306c0bb3300", 113, 143); // 0.7902
        assertEquals(569, shinglesOf("thucnews-0221").size());
        assertEquals(568, shinglesOf("thucnews-0407").size());
    }

    @Test
    void nfkcAndLowerCaseMakeFullWidthAndCaseOneCharacter() {
        // the shared file, without NFKC, has 0.4852 for this pair; with it 224 of 467 shingles are shared
        assertEquals(224.0 / 467, NearDuplicates.jaccard(shinglesOf("thucnews-0541"), shinglesOf("thucnews-0648")), 1e-12);
        assertEquals("abc123新闻", NearDuplicates.canonical("ＡＢＣ １２３", "新　闻\u00a0\n"));
        assertEquals(1.0, NearDuplicates.jaccard("ＩＰｈｏｎｅ手机发布会", "", "iphone 手机发布会", ""));
    }

    @Test
    void shinglesAreFiveCodePointsOfTheTextWithoutWhiteSpace() {
        assertEquals(3, NearDuplicates.shingles("一二三四五", "六七").size(), "7 characters: 3 shingles");
        assertEquals(3, NearDuplicates.shingles("一二 三\t四", "五\u3000六\n七").size(), "white space is removed first");
        assertEquals(2, NearDuplicates.shingles("😀😀😀😀😀", "😀x").size(), "a character outside the BMP is one: 😀×5, 😀×4x");
        assertEquals(1, NearDuplicates.shingles("短", "标题").size(), "fewer than 5 characters: one shingle");
        assertEquals(0, NearDuplicates.shingles(null, " \u3000").size());
        assertEquals(0.0, NearDuplicates.jaccard(Set.of(), Set.of()), "empty texts are nobody's duplicate");
    }

    @Test
    void aHeadlineTheBodyBeginsWithCountsOnce() {
        assertEquals("湖人击败国王。比赛在昨晚", NearDuplicates.canonical("湖人击败国王。", "湖人击败国王。比赛在昨晚"));
        assertEquals("湖人击败国王比赛在昨晚", NearDuplicates.canonical("湖人击败国王", "比赛在昨晚"));
        assertEquals(NearDuplicates.shingles(null, "湖人击败国王。比赛在昨晚"),
                NearDuplicates.shingles("湖人击败国王。", "湖人击败国王。比赛在昨晚"));
    }

    @Test
    void jaccardCountsCommonOverUnion() {
        // 一二三四五六七 → {一二三四五, 二三四五六, 三四五六七}; 一二三四五六八 → {一二三四五, 二三四五六, 三四五六八}
        assertEquals(2.0 / 4, NearDuplicates.jaccard("一二三四五六七", "", "一二三四五六八", ""));
        assertEquals(0.0, NearDuplicates.jaccard("一二三四五", "", "六七八九十", ""));
    }

    @Test
    void theMinHashSignatureOfEqualTextsIsEqualAndTheScreenKeepsTheirPairs() {
        String body0221 = NEWS.get("thucnews-0221").getString("body");
        String body0407 = NEWS.get("thucnews-0407").getString("body");
        NearDuplicates.Signature a = NearDuplicates.signature(null, body0221);
        NearDuplicates.Signature same = NearDuplicates.signature(null, " " + body0221 + "\n");
        assertEquals(128, a.terms().size());
        assertEquals(1.0, NearDuplicates.estimate(a, same));
        assertEquals(569, a.shingles());
        NearDuplicates.Signature b = NearDuplicates.signature(null, body0407);
        assertEquals(126.0 / 128, NearDuplicates.estimate(a, b), "exact 0.9878, estimated 0.9844");
        assertTrue(NearDuplicates.mayBeNearDuplicate(a, b));
        NearDuplicates.Signature back = NearDuplicates.Signature.ofBytes(a.bytes());
        assertEquals(569, back.shingles());
        assertEquals(1.0, NearDuplicates.estimate(a, back), "the doc-value form keeps every bucket");
    }

    @Test
    void theScreenRulesOutPairsWhoseSizesOrEstimatesAreTooFarApart() {
        String body0689 = NEWS.get("thucnews-0689").getString("body");
        NearDuplicates.Signature a = NearDuplicates.signature(null, body0689);
        NearDuplicates.Signature half = NearDuplicates.signature(null, body0689.substring(0, body0689.length() / 2));
        assertFalse(NearDuplicates.mayBeNearDuplicate(a, half), "half the shingles: Jaccard at most 0.5");
        NearDuplicates.Signature other = NearDuplicates.signature(null, NEWS.get("thucnews-0201").getString("body"));
        assertEquals(1718, other.shingles());
        assertEquals(96.0 / 128, NearDuplicates.estimate(a, other), "exact 0.8149, estimated 0.75");
        assertFalse(NearDuplicates.mayBeNearDuplicate(a, other), "below the 0.80 screen");
        NearDuplicates.Signature rewrite = NearDuplicates.signature(null, NEWS.get("thucnews-0697").getString("body"));
        assertEquals(121.0 / 128, NearDuplicates.estimate(a, rewrite),
                "exact 0.9249, estimated 0.9453: the estimate alone cannot tell it from 0.95");
        assertTrue(NearDuplicates.mayBeNearDuplicate(a, rewrite), "so the exact index decides");
        assertFalse(NearDuplicates.mayBeNearDuplicate(a, NearDuplicates.signature(null, "完全不同的一篇短文章内容")));
        NearDuplicates.Signature shortA = NearDuplicates.signature("短讯", "今天天气晴朗");
        assertTrue(NearDuplicates.mayBeNearDuplicate(shortA, NearDuplicates.signature("短讯", "今天天气晴朗")),
                "short texts are always compared exactly");
    }
}
