package org.inkstone.search;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LuceneArticleIndexTest {

    private ByteBuffersDirectory dir;
    private LuceneArticleIndex index;

    private static final Instant JUNE = Instant.parse("2012-06-15T00:00:00Z");
    private static final Instant JULY = Instant.parse("2012-07-15T00:00:00Z");

    @BeforeEach
    void setUp() {
        dir = new ByteBuffersDirectory();
        index = new LuceneArticleIndex(dir, 16);
        add(1, "连云港市妇联五大行动助力乡村振兴", "连云港市妇联组织实施五大行动助力乡村振兴，把温暖送到妇女群众身边。", "reform", JUNE);
        add(2, "乡村教师培训", "乡村小学的教师参加培训，振兴教育是关键。乡村的孩子需要好老师。", "education", JULY);
        add(3, "湖人击败国王", "湖人加时击败国王，拜纳姆膝伤无碍，湖人将出战季后赛。", "sports", JUNE);
        add(4, "湖人加时险胜国王", "湖人在加时赛中险胜国王，拜纳姆伤情无碍，湖人备战季后赛。", "sports", JULY);
        add(5, "湖人加时险胜国王", "另一家媒体：湖人加时险胜国王，科比得分最高，湖人晋级季后赛有望。", "sports", JULY);
        add(6, "湖人击败国王（转载）", "湖人加时击败国王，拜纳姆膝伤无碍，湖人将出战季后赛。", "sports", JULY);
        add(7, "基金产品在工行上线", "长盛基金产品在工行全面上线，投资者可以在工行网点购买基金。", "finance", JUNE);
        // Unrelated filler, so that document frequencies look like a real corpus's.
        String[] topics = {"天气预报显示明天有雨", "股市今天小幅上涨", "新款手机发布", "电影票房创新高", "高考报名开始",
                "房价继续平稳", "游戏玩家大会召开", "时装周开幕", "家居建材促销", "科技创新大会"};
        for (int i = 0; i < 40; i++) {
            String t = topics[i % topics.length];
            add(100 + i, t + "第" + i + "期", t + "，记者报道了第" + i + "期的详细情况，相关部门表示将继续关注。", "news", JUNE);
        }
        index.commit(7, "db-1");
    }

    @AfterEach
    void tearDown() throws Exception {
        index.close();
    }

    private void add(long id, String title, String body, String channel, Instant at) {
        index.upsert(new IndexedArticle(id, title, body, List.of(), channel, at));
    }

    private List<Long> ids(SearchHits hits) {
        return hits.hits().stream().map(SearchHits.Hit::id).toList();
    }

    private SearchHits search(String q) {
        return index.search(new SearchQuery(q, null, null, null, 1, 10));
    }

    @Test
    void moreLikeThisIgnoresWordsOfMoreThanThirtyPercentOrTwoThousandArticles() {
        assertEquals(348, LuceneArticleIndex.maxDocFreq(1_163), "30% of the shipped corpus, floored");
        assertEquals(1_999, LuceneArticleIndex.maxDocFreq(6_666));
        assertEquals(2_000, LuceneArticleIndex.maxDocFreq(6_667));
        assertEquals(2_000, LuceneArticleIndex.maxDocFreq(100_000));
        assertEquals(2_000, LuceneArticleIndex.maxDocFreq(Integer.MAX_VALUE), "no overflow");
        assertEquals(0, LuceneArticleIndex.maxDocFreq(0));
    }

    @Test
    void anExactPhraseRanksFirstAheadOfArticlesWithItsWordsApart() {
        SearchHits hits = search("乡村振兴");
        assertEquals(1L, hits.hits().get(0).id());
        assertTrue(ids(hits).contains(1L));
        assertEquals(hits.hits().size(), hits.total());
    }

    @Test
    void snippetsAreEscapedAndMarkTheMatches() {
        index.upsert(new IndexedArticle(8, "测试<b>", "乡村振兴<script>alert(1)</script>的新闻。", List.of(), "reform", JUNE));
        index.refresh();
        SearchHits hits = search("乡村振兴");
        String snippet = hits.hits().stream().filter(h -> h.id() == 8).findFirst().orElseThrow().snippetHtml();
        assertTrue(snippet.contains("<mark>"), snippet);
        assertFalse(snippet.contains("<script>"), snippet);
        assertTrue(snippet.contains("&lt;script&gt;"), snippet);
    }

    @Test
    void querySyntaxCharactersAreJustText() {
        for (String q : List.of("\"湖人", "湖人:国王", "(湖人]", "*", "-", "湖人 -国王", "AND OR NOT", "\\", "title:湖人", "~2", "{}[]^")) {
            SearchHits hits = search(q);
            assertTrue(hits.total() >= 0, q);
        }
        assertTrue(ids(search("湖人:国王")).containsAll(List.of(3L, 4L)));
    }

    @Test
    void textWithoutTermsFindsNothing() {
        assertEquals(0, search("   ").total());
        assertEquals(0, search("。，！").total());
    }

    @Test
    void filtersByChannelAndDateRange() {
        SearchHits sports = index.search(new SearchQuery("湖人", "sports", null, null, 1, 10));
        assertEquals(Set.of(3L, 4L, 5L, 6L), Set.copyOf(ids(sports)));
        SearchHits july = index.search(new SearchQuery("湖人", null, Instant.parse("2012-07-01T00:00:00Z"),
                Instant.parse("2012-08-01T00:00:00Z"), 1, 10));
        assertEquals(Set.of(4L, 5L, 6L), Set.copyOf(ids(july)));
        assertEquals(0, index.search(new SearchQuery("湖人", "finance", null, null, 1, 10)).total());
    }

    @Test
    void paginatesWithAnExactTotal() {
        SearchHits p1 = index.search(new SearchQuery("湖人", null, null, null, 1, 2));
        SearchHits p2 = index.search(new SearchQuery("湖人", null, null, null, 2, 2));
        SearchHits p3 = index.search(new SearchQuery("湖人", null, null, null, 3, 2));
        assertEquals(4, p1.total());
        assertEquals(2, p1.hits().size());
        assertEquals(2, p2.hits().size());
        assertEquals(0, p3.hits().size());
        assertTrue(java.util.Collections.disjoint(ids(p1), ids(p2)));
    }

    @Test
    void relatedNeverHoldsItselfAnExactDuplicateBodyOrTwoEntriesWithOneTitle() {
        List<Long> related = index.related(3, 5);
        assertFalse(related.contains(3L), "itself");
        assertFalse(related.contains(6L), "exact duplicate body");
        assertTrue(related.contains(4L) ^ related.contains(5L), "one of the two same-title articles: " + related);
        assertEquals(related.get(0) == 4L || related.get(0) == 5L, true, "same story first: " + related);
    }

    @Test
    void relatedOfAnUnknownArticleIsEmpty() {
        assertEquals(List.of(), index.related(999, 5));
    }

    @Test
    void deletedArticlesLeaveSearchAndRelatedAfterRefresh() {
        index.delete(4);
        index.delete(5);
        index.refresh();
        assertFalse(ids(search("湖人")).contains(4L));
        assertFalse(index.related(3, 5).contains(4L));
        assertEquals(45, index.numDocs());
    }

    @Test
    void commitRecordsTheOutboxPositionAndDatabaseInstance() throws Exception {
        assertEquals(7, index.committedPosition());
        assertEquals("db-1", index.committedInstance());
        index.upsert(new IndexedArticle(9, "新文章", "新的正文。", List.of(), "reform", JUNE));
        index.commit(12, "db-1");
        index.close();
        index = new LuceneArticleIndex(dir, 16);
        assertEquals(12, index.committedPosition());
        Set<Long> expected = new java.util.HashSet<>(Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 9L));
        for (long i = 100; i < 140; i++) {
            expected.add(i);
        }
        assertEquals(expected, index.allIds());
    }

    @Test
    void aNewIndexHasNoPosition() throws Exception {
        try (LuceneArticleIndex fresh = new LuceneArticleIndex(new ByteBuffersDirectory(), 16)) {
            assertEquals(-1, fresh.committedPosition());
            assertEquals(null, fresh.committedInstance());
        }
    }

    /** A headline of Chinese with Latin letters and digits inside, no spaces, finds its article when typed whole. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"更正稿m0sxluw8新标题", "更正稿l7888o3a新标题", "更正稿l7888o3a原标题",
            "三审稿件k2j9d0aa标题", "iPhone15发布会", "5G手机销量"})
    void aMixedHeadlineTypedWholeFindsItsArticle(String title) {
        add(900, title, "<p>改正后的正文。</p>", "tech", JULY);
        index.refresh();
        assertEquals(List.of(900L), ids(search(title)), title);
    }
}
