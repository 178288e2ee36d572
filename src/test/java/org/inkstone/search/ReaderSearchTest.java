package org.inkstone.search;

import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.inkstone.common.InkstoneConfig;
import org.inkstone.common.InvalidSettingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reader search rules of issue 11 on small hand-made corpora (exact counts and orders). */
class ReaderSearchTest {

    private static final Instant T0 = Instant.parse("2012-06-01T00:00:00Z");
    private final List<LuceneArticleIndex> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (LuceneArticleIndex i : open) {
            i.close();
        }
    }

    /** An index of {@code bodies} (id i+1 = bodies[i], headline "稿件 i+1", published T0 + i days). */
    private LuceneArticleIndex index(SynonymMap synonyms, String... bodies) {
        LuceneArticleIndex idx = new LuceneArticleIndex(new ByteBuffersDirectory(), 16, synonyms, new ArticleAnalyzers());
        open.add(idx);
        for (int i = 0; i < bodies.length; i++) {
            idx.add(new IndexedArticle(i + 1, "稿件" + (i + 1), bodies[i], List.of(), "news", T0.plusSeconds(86_400L * i)));
        }
        // filler, so that the words above are rare
        for (int i = 0; i < 20; i++) {
            idx.add(new IndexedArticle(100 + i, "天气预报第" + i + "期", "明天有雨，气温下降，出门记得带伞。", List.of(), "weather", T0));
        }
        idx.commit(1, "db");
        return idx;
    }

    private static SearchHits search(LuceneArticleIndex idx, String q) {
        return idx.search(new SearchQuery(q, null, null, null, 1, 10));
    }

    private static List<Long> ids(SearchHits h) {
        return h.hits().stream().map(SearchHits.Hit::id).toList();
    }

    @Test
    void traditionalAndSimplifiedFindEachOtherAndHighlightsShowTheCharactersAsWritten() {
        LuceneArticleIndex idx = index(null, "香港樓市升溫，樓價再創新高。", "内地楼市平稳，房价小幅回落。", "电影票房创新高。");
        SearchHits simplified = search(idx, "楼市");
        assertEquals(List.of(1L, 2L), ids(simplified).stream().sorted().toList());
        SearchHits traditional = search(idx, "樓市");
        assertEquals(2, traditional.total());
        String snippetOf1 = simplified.hits().stream().filter(h -> h.id() == 1).findFirst().orElseThrow().snippetHtml();
        assertTrue(snippetOf1.contains("<mark>樓市</mark>"), snippetOf1);
        String snippetOf2 = traditional.hits().stream().filter(h -> h.id() == 2).findFirst().orElseThrow().snippetHtml();
        assertTrue(snippetOf2.contains("<mark>楼市</mark>"), snippetOf2);
        assertEquals(List.of(2L), ids(search(idx, "房價")));
    }

    @Test
    void fullWidthAndUpperCaseFoldAsBefore() {
        LuceneArticleIndex idx = index(null, "NBA总决赛今晚开打。", "ＣＢＡ联赛揭幕。");
        assertEquals(List.of(1L), ids(search(idx, "ＮＢＡ")));
        assertEquals(List.of(1L), ids(search(idx, "nba")));
        assertEquals(List.of(2L), ids(search(idx, "cba")));
    }

    @Test
    void threeWordsNeedTwoAndMoreMatchedWordsRankFirst() {
        LuceneArticleIndex idx = index(null,
                "奥运冠军接受了记者采访。",        // 1: all three
                "这位奥运选手说冠军属于大家。",     // 2: 奥运, 冠军
                "冠军球队今晚庆祝。",              // 3: 冠军 only: not enough
                "记者采访了奥运志愿者。");          // 4: 奥运, 采访
        assertEquals(2, idx.readerQuery("奥运 冠军 采访").required());
        // Newest order: the strict rule's 3 articles only (relaxed only when it finds nothing).
        SearchHits newest = idx.search(new SearchQuery("奥运 冠军 采访", null, null, null, 1, 10, SearchSort.NEWEST));
        assertEquals(3, newest.total());
        assertEquals(List.of(1L, 2L, 4L), ids(newest).stream().sorted().toList());
        // Relevance order: 3 is less than a page, so the relaxed pass adds the one-word article 3, last.
        SearchHits h = search(idx, "奥运 冠军 采访");
        assertEquals(4, h.total());
        assertEquals(1L, h.hits().get(0).id(), "all three words first");
        assertEquals(List.of(2L, 4L), ids(h).subList(1, 3).stream().sorted().toList());
        assertEquals(3L, h.hits().get(3).id(), "one word only: after every article with two");
    }

    @Test
    void whenNoArticleHoldsEnoughWordsAnyWordIsEnough() {
        LuceneArticleIndex idx = index(null, "姚明出席活动。", "球员宣布退役。", "姚明谈到未来。");
        assertEquals(2, idx.readerQuery("姚明 退役").required());
        SearchHits h = search(idx, "姚明 退役");
        assertEquals(3, h.total());
        assertEquals(List.of(1L, 2L, 3L), ids(h).stream().sorted().toList());
        assertEquals(0, search(idx, "火星 木星").total());
    }

    @Test
    void wordsCloseTogetherRankAboveWordsFarApart() {
        String far = "姚明今天出现在上海的一场商业活动上，现场来了很多球迷，大家热情高涨，主持人介绍了很多嘉宾，活动最后才谈到退役。";
        String near = "姚明宣布退役，结束了篮球生涯，这是一条体育新闻，现场来了很多球迷，大家热情高涨，主持人介绍了很多嘉宾。";
        LuceneArticleIndex idx = index(null, far, near);
        assertEquals(List.of(2L, 1L), ids(search(idx, "姚明 退役")));
    }

    @Test
    void aWordSplitBySegmentationIsNotMatchedByItsPiecesApart() {
        LuceneArticleIndex idx = index(null, "姚明来了。", "明天姚家的人来了。");
        assertEquals(List.of(1L), ids(search(idx, "姚明")));
    }

    @Test
    void newestSortOrdersByPublishTimeThenId() {
        LuceneArticleIndex idx = new LuceneArticleIndex(new ByteBuffersDirectory(), 16);
        open.add(idx);
        idx.add(new IndexedArticle(1, "楼市", "楼市楼市楼市", List.of(), "news", T0));
        idx.add(new IndexedArticle(2, "其他", "楼市", List.of(), "news", T0.plusSeconds(60)));
        idx.add(new IndexedArticle(3, "其他", "楼市", List.of(), "news", T0.plusSeconds(60)));
        idx.add(new IndexedArticle(4, "其他", "楼市", List.of(), "news", T0.minusSeconds(60)));
        idx.commit(1, "db");
        SearchHits h = idx.search(new SearchQuery("楼市", null, null, null, 1, 10, SearchSort.NEWEST));
        assertEquals(List.of(3L, 2L, 1L, 4L), ids(h));
        assertEquals(4, h.total());
        assertEquals(1L, search(idx, "楼市").hits().get(0).id(), "relevance: the headline match first");
        assertEquals(T0.plusSeconds(60), h.hits().get(0).publishedAt());
        assertEquals("其他", h.hits().get(0).title());
        assertEquals("news", h.hits().get(0).channelId());
    }

    @Test
    void aSynonymOfTheDeskMatchesAtQueryTime() throws Exception {
        SynonymMap synonyms = new ArticleAnalyzers().parseSynonyms(new StringReader(
                "# desk list\n发改委, 国家发展和改革委员会\nNBA, 美职篮\n旧称 => 新称\n"));
        String[] bodies = {"国家发展和改革委员会今天发布通知。", "美职篮季后赛开打。", "新称启用。", "旧称不再使用。"};
        LuceneArticleIndex with = index(synonyms, bodies);
        LuceneArticleIndex without = index(null, bodies);
        assertEquals(List.of(1L), ids(search(with, "发改委")));
        assertEquals(0, search(without, "发改委").total());
        assertEquals(List.of(2L), ids(search(with, "nba")));
        assertEquals(List.of(2L), ids(search(with, "ＮＢＡ")), "folded like the index");
        assertEquals(List.of(3L), ids(search(with, "旧称")), "an explicit mapping replaces the word");
        assertEquals(List.of(List.of("发改委", "国家发展和改革委员会")), with.readerQuery("發改委").words());
        assertEquals(List.of(List.of("姚明"), List.of("退役")), with.readerQuery("姚明退役").words());
        assertEquals(List.of("nba", "姚明", "退役", "港"), ReaderQueryBuilder.joinSingleCharacters(List.of("nba", "姚", "明", "退役", "港")));
    }

    @Test
    void theShippedSynonymFileParses() {
        SearchSettings s = SearchSettings.from(config(Map.of("inkstone.search.synonyms-file", "config/synonyms.txt")));
        assertEquals(List.of("两会", "全国两会"), new ArticleAnalyzers().expand(s.synonyms(), "两会"));
        assertEquals(List.of("奥运", "奥运会", "奥林匹克运动会"), new ArticleAnalyzers().expand(s.synonyms(), "奥运"));
        assertEquals(null, SearchSettings.from(config(Map.of("inkstone.search.synonyms-file", ""))).synonyms());
    }

    @Test
    void anInvalidSynonymFileFailsNamingTheKeyAndTheLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("synonyms.txt");
        Files.writeString(file, "两会, 全国两会\na => \n", StandardCharsets.UTF_8);
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> SearchSettings.from(config(Map.of("inkstone.search.synonyms-file", file.toString()))));
        assertTrue(e.getMessage().startsWith("inkstone.search.synonyms-file: "), e.getMessage());
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        InvalidSettingException missing = assertThrows(InvalidSettingException.class,
                () -> SearchSettings.from(config(Map.of("inkstone.search.synonyms-file", dir.resolve("none.txt").toString()))));
        assertTrue(missing.getMessage().startsWith("inkstone.search.synonyms-file: "), missing.getMessage());
    }

    @Test
    void minimumShouldMatchFollowsElasticsearchNotation() {
        MinimumShouldMatch rule = MinimumShouldMatch.parse(ReaderQueryBuilder.MIN_SHOULD_MATCH);
        int[] expected = {0, 1, 2, 2, 3, 4, 4, 5, 6, 6, 7};
        for (int n = 0; n <= 10; n++) {
            assertEquals(expected[n], rule.apply(n), "n=" + n);
        }
        // Examples of the Elasticsearch reference page
        assertEquals(3, MinimumShouldMatch.parse("75%").apply(4));
        assertEquals(3, MinimumShouldMatch.parse("-25%").apply(4));
        assertEquals(3, MinimumShouldMatch.parse("3").apply(5));
        assertEquals(4, MinimumShouldMatch.parse("-1").apply(5));
        assertEquals(3, MinimumShouldMatch.parse("3<90%").apply(3));
        assertEquals(9, MinimumShouldMatch.parse("3<90%").apply(10));
        assertEquals(2, MinimumShouldMatch.parse("2<-25% 9<-3").apply(2));
        assertEquals(6, MinimumShouldMatch.parse("2<-25% 9<-3").apply(8));
        assertEquals(7, MinimumShouldMatch.parse("2<-25% 9<-3").apply(10));
        assertThrows(IllegalArgumentException.class, () -> MinimumShouldMatch.parse("abc"));
        assertThrows(IllegalArgumentException.class, () -> MinimumShouldMatch.parse("5<1 3<2"));
    }

    @Test
    void theSortParameterIsRelevanceOrNewest() {
        assertEquals(SearchSort.RELEVANCE, SearchService.sort(null));
        assertEquals(SearchSort.RELEVANCE, SearchService.sort(""));
        assertEquals(SearchSort.NEWEST, SearchService.sort("newest"));
        org.inkstone.common.InvalidParameterException e = assertThrows(org.inkstone.common.InvalidParameterException.class,
                () -> SearchService.sort("oldest"));
        assertEquals(java.util.Set.of("sort"), e.fields().keySet());
    }

    private static InkstoneConfig config(Map<String, String> values) {
        Properties p = new Properties();
        p.putAll(values);
        return new InkstoneConfig(Map.of(), p);
    }
}
