package org.inkstone.syndication;

import org.inkstone.article.Article;
import org.inkstone.article.ArticleNotFoundException;
import org.inkstone.article.ArticleService;
import org.inkstone.channel.Channel;
import org.inkstone.channel.ChannelService;
import org.inkstone.common.SiteSettings;
import org.inkstone.media.MediaService;
import org.inkstone.media.PageImage;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The assembler over stand-ins of the article, channel and media services and the change log (seams inside our
 * code; their own tests cover them against the database).
 */
class ItemAssemblerTest {

    static final String HASH = "cd".repeat(32);

    /** Services holding a few rows in maps; {@link #assembler(URI)} wires them. */
    static final class Desk {
        final Map<Long, Article> published = new HashMap<>();
        final Map<Long, Article> any = new HashMap<>();
        final Map<Long, List<String>> tags = new HashMap<>();
        final Map<Long, Change> changes = new HashMap<>();
        final Map<String, Channel> channels = new HashMap<>();
        final Map<String, PageImage> images = new HashMap<>();

        Desk() {
            channel("news", "新闻", null);
            channel("local", "本地", "news");
        }

        void channel(String id, String name, String parent) {
            Channel c = new Channel();
            c.setId(id);
            c.setName(name);
            c.setParentId(parent);
            channels.put(id, c);
        }

        ItemAssembler assembler(URI base) {
            ItemAssembler a = new ItemAssembler();
            a.articles = new ArticleService() {
                @Override
                public Optional<Article> findPublished(long id) {
                    return Optional.ofNullable(published.get(id));
                }

                @Override
                public Optional<Article> findForNewsroom(long id) {
                    return Optional.ofNullable(any.get(id));
                }

                @Override
                public List<String> tags(long id) {
                    return tags.getOrDefault(id, List.of());
                }
            };
            a.channels = new ChannelService() {
                @Override
                public Optional<Channel> find(String id) {
                    return Optional.ofNullable(channels.get(id));
                }
            };
            a.media = new MediaService() {
                @Override
                public Optional<PageImage> pageImage(String hash) {
                    return Optional.ofNullable(images.get(hash));
                }
            };
            a.changeLog = new ChangeLog() {
                @Override
                public Optional<Change> find(long articleId) {
                    return Optional.ofNullable(changes.get(articleId));
                }
            };
            a.site = new SiteSettings("墨砚新闻", base, ZoneId.of("Asia/Shanghai"));
            a.settings = settings();
            return a;
        }
    }

    static SyndicationSettings settings() {
        return new SyndicationSettings(List.of(), "本站稿件版权归墨砚新闻所有", "转载须注明来源", 50, Duration.ofSeconds(1),
                Duration.ofSeconds(10), Duration.ofSeconds(120), Duration.ofSeconds(1), Duration.ofHours(1),
                Duration.ofHours(24), Duration.ofHours(24), Duration.ofHours(24), 120, 200);
    }

    static Article imported(long id) {
        Article a = new Article();
        a.setId(id);
        a.setChannelId("local");
        a.setTitle(" 导入的稿件 ");
        a.setSource("连云港日报");
        a.setBody("第一段文字。\n小标题\n第二段 <b>不是标签</b>。");
        a.setStatus("published");
        a.setPublishedAt(Instant.parse("2026-02-01T00:00:00Z"));
        a.setCreatedAt(Instant.parse("2026-02-01T00:00:00Z"));
        return a;
    }

    static Article newsroom(long id) {
        Article a = imported(id);
        a.setBody("正文");
        a.setBodyHtml("<p>见<a href=\"/articles/7\">前文</a>与<a href=\"channels/news?page=2\">栏目</a>"
                + "<img src=\"media/" + HASH + "-400.jpg\" alt=\"图\"></p>");
        a.setSubtitle("副题");
        a.setSummary("摘要");
        a.setByline("记者 王芳");
        a.setCoverHash(HASH);
        a.setCoverCredit(" 新华社 ");
        return a;
    }

    static PageImage image() {
        return new PageImage(HASH, "media/" + HASH + ".jpg", 2000, 1333, "江边晨景",
                new PageImage.Size("media/" + HASH + "-1200.jpg", 1200), new PageImage.Size("media/" + HASH + "-400.jpg", 400));
    }

    @Test
    void anImportedArticleIsVersionOneUsableWithParagraphsBuiltFromItsPlainText() {
        Desk desk = new Desk();
        desk.published.put(5L, imported(5));
        desk.tags.put(5L, List.of("乡村振兴"));
        ItemContent i = desk.assembler(URI.create("https://news.example/")).assemble(5);
        assertEquals("https://news.example/articles/5", i.uri());
        assertEquals(1, i.version());
        assertEquals(PubStatus.USABLE, i.pubStatus());
        assertEquals(OffsetDateTime.parse("2026-02-01T08:00:00+08:00"), i.firstCreated());
        assertEquals(OffsetDateTime.parse("2026-02-01T08:00:00+08:00"), i.versionCreated());
        assertEquals("导入的稿件", i.headline());
        assertEquals("<p>第一段文字。</p><h2>小标题</h2><p>第二段 &lt;b&gt;不是标签&lt;/b&gt;。</p>", i.bodyHtml());
        assertEquals(new ItemContent.Subject("本地", "https://news.example/channels/local"), i.channel());
        assertEquals(new ItemContent.Subject("新闻", "https://news.example/channels/news"), i.parentChannel());
        assertEquals(List.of("乡村振兴"), i.keywords());
        assertEquals(new ItemContent.Subject("墨砚新闻", "https://news.example/"), i.provider());
        assertEquals("本站稿件版权归墨砚新闻所有", i.copyrightNotice());
        assertEquals("转载须注明来源", i.usageTerms());
        assertNull(i.cover());
        assertNull(i.subheadline());
        SyndicationSchemas.validateNinjs(NinjsWriter.write(i));
        SyndicationSchemas.validateNewsmlG2(NewsmlG2Writer.write(i));
    }

    @Test
    void relativeLinksAndImagesBecomeAbsoluteBelowTheBaseUrlsPath() {
        Desk desk = new Desk();
        desk.published.put(6L, newsroom(6));
        desk.images.put(HASH, image());
        ItemContent i = desk.assembler(URI.create("https://cms.example/site")).assemble(6);
        assertEquals("https://cms.example/site/articles/6", i.uri());
        assertEquals("<p>见<a href=\"https://cms.example/articles/7\">前文</a>与<a href=\"https://cms.example/site/channels/news?page=2\">栏目</a>"
                + "<img src=\"https://cms.example/site/media/" + HASH + "-400.jpg\" alt=\"图\"></p>", i.bodyHtml());
        assertEquals("https://cms.example/site/channels/local", i.channel().uri());
    }

    @Test
    void theCoverCarriesItsRenditionsWithTheMediaPipelinesHeights() {
        Desk desk = new Desk();
        desk.published.put(6L, newsroom(6));
        desk.images.put(HASH, image());
        ItemContent.Picture p = desk.assembler(URI.create("https://news.example/")).assemble(6).cover();
        String m = "https://news.example/media/" + HASH;
        assertEquals(m + ".jpg", p.uri());
        assertEquals("江边晨景", p.alt());
        assertEquals("新华社", p.credit());
        // 2000×1333 → 1200 × round(1333×1200/2000 = 799.8) = 800 → 400 × round(800×400/1200 = 266.7) = 267
        assertEquals(List.of(new ItemContent.Rendition("original", m + ".jpg", 2000, 1333, "image/jpeg"),
                new ItemContent.Rendition("large", m + "-1200.jpg", 1200, 800, "image/jpeg"),
                new ItemContent.Rendition("small", m + "-400.jpg", 400, 267, "image/jpeg")), p.renditions());
    }

    @Test
    void aSmallImageHasOnlyTheSizesNarrowerThanItself() {
        PageImage small = new PageImage(HASH, "media/" + HASH + ".png", 800, 600, "图",
                new PageImage.Size("media/" + HASH + ".png", 800), new PageImage.Size("media/" + HASH + "-400.png", 400));
        ItemContent.Picture p = ItemAssembler.picture(URI.create("https://news.example/"), small, null);
        assertEquals(List.of(new ItemContent.Rendition("original", "https://news.example/media/" + HASH + ".png", 800, 600, "image/png"),
                new ItemContent.Rendition("small", "https://news.example/media/" + HASH + "-400.png", 400, 300, "image/png")),
                p.renditions());
        assertNull(p.credit());
    }

    @Test
    void versionTimesAndCorrectionNoteComeFromTheChangeLog() {
        Desk desk = new Desk();
        Article a = newsroom(8);
        a.setCorrectionNote("数字有误");
        desk.published.put(8L, a);
        desk.changes.put(8L, new Change(8, 31, 2, PubStatus.USABLE, "local", Instant.parse("2026-02-01T00:00:00Z"),
                Instant.parse("2026-02-03T04:05:06Z")));
        ItemContent i = desk.assembler(URI.create("https://news.example/")).assemble(8);
        assertEquals(2, i.version());
        assertEquals(OffsetDateTime.parse("2026-02-03T12:05:06+08:00"), i.versionCreated());
        assertEquals(OffsetDateTime.parse("2026-02-01T08:00:00+08:00"), i.firstCreated());
        assertEquals("数字有误", i.correctionNote());
        assertTrue(i.correction());
    }

    @Test
    void aWithdrawnArticleIsAKillNoticeWithoutBodySummaryOrPicture() {
        Desk desk = new Desk();
        Article a = newsroom(9);
        a.setStatus("withdrawn");
        a.setBodyHtml(null);
        desk.any.put(9L, a);
        desk.images.put(HASH, image());
        desk.changes.put(9L, new Change(9, 40, 3, PubStatus.CANCELED, "local", Instant.parse("2026-02-01T00:00:00Z"),
                Instant.parse("2026-02-04T00:00:00Z")));
        ItemContent i = desk.assembler(URI.create("https://news.example/")).assemble(9);
        assertTrue(i.killNotice());
        assertEquals(3, i.version());
        assertEquals("https://news.example/articles/9", i.uri());
        assertEquals("导入的稿件", i.headline());
        assertNull(i.bodyHtml());
        assertNull(i.summary());
        assertNull(i.cover());
        assertEquals(List.of(), i.keywords());
    }

    @Test
    void anArticleNeverPublishedIsNotFound() {
        Desk desk = new Desk();
        Article draft = newsroom(10);
        draft.setStatus("draft");
        desk.any.put(10L, draft);
        ItemAssembler a = desk.assembler(URI.create("https://news.example/"));
        assertEquals("article_not_found", assertThrows(ArticleNotFoundException.class, () -> a.assemble(10)).code());
        assertThrows(ArticleNotFoundException.class, () -> a.assemble(11));
    }

    @Test
    void withoutABaseUrlLinksGoToLocalhost() {
        Desk desk = new Desk();
        desk.published.put(5L, imported(5));
        ItemAssembler a = desk.assembler(null);
        assertEquals("http://localhost:8080/articles/5", a.assemble(5).uri());
        assertEquals(URI.create("http://localhost:8080/"), a.base());
    }

    @Test
    void theBaseUrlGetsOneTrailingSlash() {
        assertEquals(URI.create("https://news.example/"), ItemAssembler.withSlash(URI.create("https://news.example")));
        assertEquals(URI.create("https://news.example/"), ItemAssembler.withSlash(URI.create("https://news.example/")));
        assertEquals(URI.create("https://news.example/app/"), ItemAssembler.withSlash(URI.create("https://news.example/app")));
        assertEquals(URI.create("https://news.example/app/"), ItemAssembler.withSlash(URI.create("https://news.example/app?x=1")));
    }
}
