package org.inkstone.web;

import org.inkstone.article.ArticleDetail;
import org.inkstone.channel.ChannelRef;
import org.inkstone.comment.CommentPage;
import org.inkstone.media.PageImage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.inkstone.web.PageFixtures.BASE;
import static org.inkstone.web.PageFixtures.PUBLISHED;
import static org.inkstone.web.PageFixtures.ZONE;
import static org.inkstone.web.PageFixtures.chrome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cover image (封面图) on the article page and the staff preview, through the real templates: a
 * {@code figure} at the top of the body with the media library's page sizes, the image's own dimensions, its alt
 * text (escaped) and 图片来源 when credited. No server.
 */
class ArticleCoverPageTest {

    private static final PageRenderer RENDERER = PageFixtures.renderer();
    private static final String H = "c3".repeat(32);

    private static ArticleDetail.Cover cover(String credit) {
        PageImage image = new PageImage(H, "media/" + H + ".jpg", 1600, 900, "江边\"渡口\"<b>",
                new PageImage.Size("media/" + H + "-1200.jpg", 1200), new PageImage.Size("media/" + H + "-400.jpg", 400));
        return ArticleDetail.Cover.of(image, credit, BASE);
    }

    private static ArticleDetail article(ArticleDetail.Cover cover) {
        return new ArticleDetail(44, null, "有封面的文章", new ChannelRef("tech", "科技"), PUBLISHED, "本报", 3,
                "<p>第一段</p>", List.of(), List.of(), "副标题", "摘要", "记者 甲", "编辑乙", null, cover);
    }

    private static Document page(ArticleDetail a) {
        return Jsoup.parse(RENDERER.render(chrome(), ArticlePage.of(a, new CommentPage(0, List.of(), null), ZONE)));
    }

    private static Document preview(ArticleDetail a) {
        return Jsoup.parse(RENDERER.render(chrome(), new PreviewPage(a, "2012-06-05 09:30", 2, "草稿")));
    }

    private static void assertCoverFigure(Document d, String caption) {
        Element body = d.selectFirst("article .body");
        Element figure = body.child(0);
        assertEquals("figure", figure.tagName(), "the figure opens the body");
        assertEquals("cover", figure.className());
        Element img = figure.selectFirst("img");
        assertEquals(BASE + "/media/" + H + "-1200.jpg", img.attr("src"));
        assertEquals(BASE + "/media/" + H + "-400.jpg 400w, " + BASE + "/media/" + H + "-1200.jpg 1200w", img.attr("srcset"));
        assertEquals("(max-width: 960px) calc(100vw - 2rem), 928px", img.attr("sizes"));
        assertEquals("1600", img.attr("width"));
        assertEquals("900", img.attr("height"));
        assertEquals("江边\"渡口\"<b>", img.attr("alt"));
        assertEquals("eager", img.attr("loading"));
        assertEquals(caption == null ? List.of() : List.of(caption), figure.select("figcaption").eachText());
        assertEquals("第一段", body.child(1).text(), "the body follows the figure");
    }

    @Test
    void theArticlePageOpensItsBodyWithTheCoverAndItsCredit() {
        Document d = page(article(cover("新华社 记者丙")));
        assertCoverFigure(d, "图片来源:新华社 记者丙");
        assertEquals(1, d.select("figure").size());
    }

    @Test
    void aCoverWithoutCreditHasNoCaption() {
        assertCoverFigure(page(article(cover(""))), null);
    }

    @Test
    void aCreditIsEscaped() {
        Document d = page(article(cover("<script>alert(1)</script>")));
        assertEquals("图片来源:<script>alert(1)</script>", d.selectFirst("figure.cover figcaption").text());
        assertTrue(d.select("figure script").isEmpty());
    }

    @Test
    void withoutACoverThereIsNoFigure() {
        Document d = page(article(null));
        assertEquals(0, d.select("figure, article img").size());
        assertEquals("第一段", d.selectFirst("article .body").child(0).text());
    }

    @Test
    void thePreviewShowsTheSameFigure() {
        assertCoverFigure(preview(article(cover("图虫"))), "图片来源:图虫");
        assertEquals(0, preview(article(null)).select("figure").size());
    }
}
