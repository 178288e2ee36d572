package org.inkstone.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The queries of issue 11 on the shipped corpus ({@code ../shared/data/zh-news/news.jsonl}, see
 * {@link ShippedCorpus}); before the issue each returned 0 (or 3 for 姚明 退役 原因).
 */
class ShippedCorpusSearchTest {

    private static ShippedCorpus corpus;

    @BeforeAll
    static void load() {
        corpus = new ShippedCorpus(null);
    }

    @AfterAll
    static void close() throws Exception {
        corpus.close();
    }

    private static SearchHits search(String q) {
        return corpus.index.search(new SearchQuery(q, null, null, null, 1, 10));
    }

    private static String top(SearchHits h) {
        return corpus.externalId(h.hits().get(0).id());
    }

    @Test
    void twoWordsOfWhichNoArticleHoldsBothFallBackToEitherWord() {
        // No article holds both 姚明 and 退役: the strict rule (both) finds 0, the relaxed pass any one.
        SearchHits h = search("姚明 退役");
        assertEquals(13, h.total());
        assertEquals("thucnews-0366", top(h), "退役 in the headline (球衣号码退役)");
    }

    @Test
    void threeWordsNeedTwoOfThem() {
        SearchHits h = search("奥运 冠军 采访");
        assertEquals(10, h.total());
        assertEquals("sogoucs-61979ae9ecd2f0ea-34913306c0bb3300", top(h), "前奥运体操冠军 … 采访: all three words");
        // Two articles hold 姚明 and another word: less than a page, so the relaxed pass adds those holding one
        // word, after them.
        SearchHits more = search("姚明 退役 原因");
        assertEquals(138, more.total());
        assertEquals("thucnews-0055", top(more));
        assertEquals(List.of("thucnews-0055", "thucnews-0299"), more.hits().subList(0, 2).stream().map(x -> corpus.externalId(x.id())).toList());
    }

    @Test
    void traditionalCharactersFindTheSimplifiedCorpus() {
        // 4 articles hold both words: less than a page, so articles holding one follow them.
        SearchHits h = search("香港 樓市");
        assertEquals(100, h.total());
        assertEquals(List.of("thucnews-0335", "thucnews-0219", "thucnews-0216", "thucnews-0036"), h.hits().subList(0, 4).stream().map(x -> corpus.externalId(x.id())).toList());
        assertEquals("thucnews-0335", top(h));
        assertEquals(search("香港 楼市").total(), h.total());
        SearchHits price = search("房價");
        assertEquals(49, price.total());
        assertEquals(ids(search("房价")), ids(price));
        assertTrue(price.hits().get(0).snippetHtml().contains("<mark>房价</mark>"), price.hits().get(0).snippetHtml());
    }

    private static List<Long> ids(SearchHits h) {
        return h.hits().stream().map(SearchHits.Hit::id).toList();
    }
}
