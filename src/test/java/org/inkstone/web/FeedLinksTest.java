package org.inkstone.web;

import org.inkstone.article.ArticleDetail;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.inkstone.web.PageFixtures.BASE;
import static org.inkstone.web.PageFixtures.SITE;
import static org.junit.jupiter.api.Assertions.assertEquals;

class FeedLinksTest {

    private static final PageRenderer RENDERER = PageFixtures.renderer();

    private static List<String> alternates(Page page) {
        Chrome chrome = new Chrome(SITE, BASE, PageFixtures.channels(), FeedLinks.of(page, SITE, BASE));
        Document d = Jsoup.parse(RENDERER.render(chrome, page));
        return d.select("head link[rel=alternate]").stream()
                .map(l -> l.attr("type") + " " + l.attr("href") + " " + l.attr("title")).toList();
    }

    private static final List<String> SITE_FEEDS = List.of(
            "application/rss+xml /inkstone/feeds/rss.xml 墨砚新闻 RSS",
            "application/atom+xml /inkstone/feeds/atom.xml 墨砚新闻 Atom");

    @Test
    void theHomeSearchLoginAndErrorPagesAdvertiseTheSiteFeeds() {
        assertEquals(SITE_FEEDS, alternates(new HomePage(List.of(), List.of())));
        assertEquals(SITE_FEEDS, alternates(new SearchPage("", "", "", List.of(), "请输入关键词", null, null)));
        assertEquals(SITE_FEEDS, alternates(new LoginPage("/inkstone/")));
        assertEquals(SITE_FEEDS, alternates(new ErrorPageModel(404, "页面不存在", false)));
    }

    @Test
    void aChannelPageAdvertisesTheChannelsFeedsThenTheSites() {
        ChannelPage page = ChannelPage.of(PageFixtures.channel("charity", "公益&慈善", 3),
                PageFixtures.channelList(0, List.of()), 1, 20);
        assertEquals(List.of(
                "application/rss+xml /inkstone/channels/charity/rss.xml 墨砚新闻 - 公益&慈善 RSS",
                "application/atom+xml /inkstone/channels/charity/atom.xml 墨砚新闻 - 公益&慈善 Atom",
                SITE_FEEDS.get(0), SITE_FEEDS.get(1)), alternates(page));
    }

    @Test
    void anArticlePageAdvertisesItsChannelsFeedsThenTheSites() {
        ArticleDetail a = PageFixtures.article();
        ArticlePage page = ArticlePage.of(a, PageFixtures.comments(), PageFixtures.ZONE);
        assertEquals(List.of(
                "application/rss+xml /inkstone/channels/tech/rss.xml 墨砚新闻 - 科技 RSS",
                "application/atom+xml /inkstone/channels/tech/atom.xml 墨砚新闻 - 科技 Atom",
                SITE_FEEDS.get(0), SITE_FEEDS.get(1)), alternates(page));
    }

    @Test
    void staffPagesAdvertiseNoFeed() {
        assertEquals(List.of(), alternates(new ModerationPage("编辑甲")));
        assertEquals(List.of(), FeedLinks.of(new PreviewPage(PageFixtures.article(), "", 1, "草稿"), SITE, BASE));
    }
}
