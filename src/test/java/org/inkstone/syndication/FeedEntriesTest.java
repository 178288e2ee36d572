package org.inkstone.syndication;

import org.inkstone.article.Article;
import org.inkstone.media.ImageFile;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class FeedEntriesTest {

    static final URI BASE = URI.create("https://news.example/inkstone/");
    static final Instant PUBLISHED = Instant.parse("2026-11-30T06:00:00Z");
    static final String HASH = "a".repeat(64);

    static Article article(long id) {
        Article a = new Article();
        a.setId(id);
        a.setChannelId("sports");
        a.setTitle("标题" + id);
        a.setPublishedAt(PUBLISHED);
        return a;
    }

    private static Feed.Entry one(Article a, Change c, Map<String, ImageFile> covers) {
        return FeedEntries.of(List.of(a), c == null ? Map.of() : Map.of(a.getId(), c), covers,
                id -> "sports".equals(id) ? "体育" : "?", BASE).get(0);
    }

    @Test
    void theBaseIsTheConfiguredUrlElseTheRequestsWithATrailingSlash() {
        assertEquals(URI.create("https://news.example/"), FeedEntries.base(URI.create("https://news.example"), URI.create("http://127.0.0.1:8080/inkstone/")));
        assertEquals(URI.create("https://news.example/site/"), FeedEntries.base(URI.create("https://news.example/site/"), null));
        assertEquals(URI.create("http://127.0.0.1:8080/inkstone/"), FeedEntries.base(null, URI.create("http://127.0.0.1:8080/inkstone/")));
    }

    @Test
    void aNewsroomArticleHasAbsoluteLinksItsSummaryBylineChannelAndCover() {
        Article a = article(7);
        a.setBodyHtml("<p>见<a href=\"/inkstone/articles/3\">旧文</a><img src=\"/inkstone/media/" + HASH + "-1200.jpg\" alt=\"图\"></p>");
        a.setSummary("  摘要  ");
        a.setByline("记者 甲");
        a.setCoverHash(HASH);
        Instant corrected = Instant.parse("2026-12-01T01:02:03Z");
        Feed.Entry e = one(a, new Change(7, 40, 2, PubStatus.USABLE, "sports", PUBLISHED, corrected),
                Map.of(HASH, new ImageFile(HASH, "media/" + HASH + ".jpg", "image/jpeg", 123456)));
        assertEquals("https://news.example/inkstone/articles/7", e.url());
        assertEquals("标题7", e.title());
        assertEquals("摘要", e.summary());
        assertEquals("<p>见<a href=\"https://news.example/inkstone/articles/3\">旧文</a><img src=\"https://news.example/inkstone/media/"
                + HASH + "-1200.jpg\" alt=\"图\"></p>", e.bodyHtml());
        assertEquals("记者 甲", e.author());
        assertEquals("sports", e.channelId());
        assertEquals("体育", e.channelName());
        assertEquals(PUBLISHED, e.published());
        assertEquals(corrected, e.updated());
        assertEquals(new Feed.Enclosure("https://news.example/inkstone/media/" + HASH + ".jpg", 123456, "image/jpeg"), e.enclosure());
    }

    @Test
    void anImportedArticleGetsParagraphsLikeItsPageAndAnExcerptAsSummary() {
        Article a = article(8);
        a.setBody("第一段<有尖括号>。\n\n小标题\n" + "长".repeat(200) + "。");
        a.setCoverHash(HASH);
        Feed.Entry e = one(a, null, Map.of());
        assertEquals("<p>第一段&lt;有尖括号&gt;。</p><h2>小标题</h2><p>" + "长".repeat(200) + "。</p>", e.bodyHtml());
        assertEquals("第一段<有尖括号>。 小标题 " + "长".repeat(120 - 15) + "…", e.summary());
        assertEquals(120, e.summary().codePointCount(0, e.summary().length()) - 1);
        assertNull(e.author());
        assertNull(e.enclosure(), "a cover the library does not have is left out");
        assertEquals(PUBLISHED, e.updated());
    }

    @Test
    void anExcerptNeverCutsASurrogatePair() {
        String text = "😀".repeat(130);
        assertEquals("😀".repeat(120) + "…", FeedEntries.excerpt("<p>" + text + "</p>"));
        assertEquals("短文", FeedEntries.excerpt("<p>短文</p>"));
    }

    @Test
    void theEtagChangesWithTheListAndTheVersionsOnly() {
        Change v1 = new Change(1, 10, 1, PubStatus.USABLE, "sports", PUBLISHED, PUBLISHED);
        Change v2 = new Change(1, 11, 2, PubStatus.USABLE, "sports", PUBLISHED, PUBLISHED.plusSeconds(5));
        String base = FeedVersion.etag("id", List.of(1L, 2L), Map.of(1L, v1));
        assertEquals(32, base.length());
        assertEquals(base, FeedVersion.etag("id", List.of(1L, 2L), Map.of(1L, v1)));
        assertEquals(base, FeedVersion.etag("id", List.of(1L, 2L),
                Map.of(1L, new Change(1, 99, 1, PubStatus.USABLE, "sports", PUBLISHED, PUBLISHED.plusSeconds(60)))),
                "a newer seq or time with the same version is the same content");
        assertNotEquals(base, FeedVersion.etag("id", List.of(1L, 2L), Map.of(1L, v2)), "a correction");
        assertNotEquals(base, FeedVersion.etag("id", List.of(3L, 1L, 2L), Map.of(1L, v1)), "a publication");
        assertNotEquals(base, FeedVersion.etag("id", List.of(1L), Map.of(1L, v1)), "a withdrawal");
        assertNotEquals(base, FeedVersion.etag("id2", List.of(1L, 2L), Map.of(1L, v1)), "another feed or base");
    }

    @Test
    void lastModifiedIsTheLatestTimeInWholeSeconds() {
        Instant later = Instant.parse("2026-12-01T00:00:00.750Z");
        assertEquals(Instant.parse("2026-12-01T00:00:00Z"), FeedVersion.lastModified(List.of(PUBLISHED),
                Map.of(1L, new Change(1, 1, 2, PubStatus.USABLE, "sports", PUBLISHED, later)), null));
        assertEquals(Instant.parse("2026-12-03T00:00:00Z"), FeedVersion.lastModified(List.of(PUBLISHED), Map.of(),
                Instant.parse("2026-12-03T00:00:00.200Z")), "a withdrawal elsewhere in the log moves it");
        assertEquals(Instant.EPOCH, FeedVersion.lastModified(List.of(), Map.of(), null));
    }
}
