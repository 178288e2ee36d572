package org.inkstone.web;

import org.inkstone.channel.Channel;
import org.inkstone.comment.CommentPage;
import org.inkstone.search.SearchService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.inkstone.web.PageFixtures.BASE;
import static org.inkstone.web.PageFixtures.SITE;
import static org.inkstone.web.PageFixtures.XSS_TITLE;
import static org.inkstone.web.PageFixtures.ZONE;
import static org.inkstone.web.PageFixtures.article;
import static org.inkstone.web.PageFixtures.bareArticle;
import static org.inkstone.web.PageFixtures.channelList;
import static org.inkstone.web.PageFixtures.channels;
import static org.inkstone.web.PageFixtures.chrome;
import static org.inkstone.web.PageFixtures.comments;
import static org.inkstone.web.PageFixtures.items;
import static org.inkstone.web.PageFixtures.searchResult;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every page record through the real templates (read from the source tree), checked with jsoup. No server. */
class PageTemplatesTest {

    private static final PageRenderer RENDERER = PageFixtures.renderer();

    private static String html(Page page) {
        return RENDERER.render(chrome(), page);
    }

    private static Document doc(Page page) {
        return Jsoup.parse(html(page));
    }

    private static List<String> hrefs(Document d, String css) {
        return d.select(css).eachAttr("href");
    }

    private static SearchPage.ChannelOption option(Channel c, String selected) {
        return new SearchPage.ChannelOption(c.getId(), c.getName(), c.getId().equals(selected));
    }

    private static List<SearchPage.ChannelOption> options(String selected) {
        return channels().stream().map(c -> option(c, selected)).toList();
    }

    /** One sample of each page, by name. */
    private static Map<String, Page> samples() {
        return Map.of(
                "home", new HomePage(items(30, 2, "tech", "科技"),
                        List.of(new HomePage.Section(channels().get(0), items(1, 3, "sports", "体育"), 10))),
                "article", ArticlePage.of(article(), comments(), ZONE),
                "channel", ChannelPage.of(channels().get(2), channelList(45, items(1, 20, "charity", "公益&慈善")), 2, 20),
                "search", new SearchPage("振兴", "", "", options(null), null, searchResult(), Pager.of("search?q=x&page=", 1, 3)),
                "login", new LoginPage("/inkstone/"),
                "moderation", new ModerationPage("管理员"),
                "error", new ErrorPageModel(404, "文章不存在"));
    }

    // ---- the chrome, on every page ----------------------------------------------------------------------

    @Test
    void everyPageHasTheChannelNavigationOnce() {
        samples().forEach((name, page) -> {
            Document d = doc(page);
            assertEquals(1, d.select("header nav").size(), name);
            assertEquals(List.of(BASE + "/channels/sports", BASE + "/channels/tech", BASE + "/channels/charity"),
                    hrefs(d, "header nav a"), name);
            assertEquals(List.of("体育", "科技", "公益&慈善"), d.select("header nav a").eachText(), name);
        });
    }

    @Test
    void everyPageIsTitledWithItsOwnTitleAndTheSiteName() {
        samples().forEach((name, page) -> assertEquals(page.pageTitle() + " - " + SITE, doc(page).title(), name));
    }

    @Test
    void everyPageLinksHomeAndToAssetsUnderTheContextPath() {
        samples().forEach((name, page) -> {
            Document d = doc(page);
            // the brand is a link, inside the page's h1 on the home page
            assertEquals(BASE + "/", d.selectFirst("header a.brand, header .brand > a").attr("href"), name);
            assertEquals(SITE, d.selectFirst("header .brand").text(), name);
            assertEquals(BASE + "/assets/css/site.css", d.selectFirst("link[rel=stylesheet]").attr("href"), name);
            assertEquals(BASE + "/search", d.selectFirst("header form.search").attr("action"), name);
            assertEquals(SITE + " · 由 Inkstone 发布", d.selectFirst("footer").text(), name);
        });
    }

    @Test
    void everyPageButHomeHasExactlyOneHeadingOfTheFirstLevel() {
        samples().forEach((name, page) -> {
            int h1 = doc(page).select("h1").size();
            if (name.equals("home")) {
                assertTrue(h1 <= 1, "home: none yet, one once the accessibility work adds it");
            } else {
                assertEquals(1, h1, name);
            }
        });
    }

    @Test
    void aPageRenderedWithoutNavigationStillHasItsChrome() {
        Document d = Jsoup.parse(RENDERER.render(new Chrome(SITE, "", List.of()), new ErrorPageModel(503, "服务暂时不可用")));
        assertEquals(0, d.select("header nav a").size());
        assertEquals("/", d.selectFirst("header a.brand").attr("href"));
        assertEquals("出错了（503）", d.selectFirst("h1").text());
    }

    // ---- article ------------------------------------------------------------------------------------------

    @Test
    void articleTitleIsEscapedEverywhereItIsShown() {
        String html = html(ArticlePage.of(article(), comments(), ZONE));
        Document d = Jsoup.parse(html);
        assertFalse(html.contains("<script>alert"), "no script element from the title");
        assertEquals(0, d.select("script:not([src])").size());
        assertEquals("【科技】" + XSS_TITLE, d.selectFirst("article h1").text());
        assertEquals(XSS_TITLE + " - " + SITE, d.title());
        assertEquals(BASE + "/channels/tech", d.selectFirst("article h1 .channel-tag a").attr("href"));
    }

    @Test
    void articleShowsBodySourceTimeAndViews() {
        Document d = doc(ArticlePage.of(article(), comments(), ZONE));
        assertEquals("42", d.selectFirst("article").attr("data-article-id"));
        assertEquals("小标题", d.selectFirst("article .body h2").text(), "body HTML is written as HTML");
        assertEquals("正文&第一段", d.selectFirst("article .body p").text());
        assertEquals("来源:新华社", d.selectFirst(".meta .source").text());
        assertEquals("来源:新华社", d.selectFirst(".source-line").text());
        assertEquals("2012-06-05T09:30+08:00", d.selectFirst(".meta time").attr("datetime"));
        assertEquals("2012-06-05 09:30", d.selectFirst(".meta time").text());
        assertEquals("7", d.selectFirst("#view-count").text());
    }

    @Test
    void articleListsRelatedAndRecommendedWithEscapedTitles() {
        Document d = doc(ArticlePage.of(article(), comments(), ZONE));
        assertEquals(List.of(BASE + "/articles/5", BASE + "/articles/6"), hrefs(d, "#related li a"));
        assertEquals(List.of("相关一", "相关二"), d.select("#related li a").eachText());
        assertEquals(List.of("推荐<b>一</b>"), d.select("#recommended li a").eachText());
        assertEquals(0, d.select("#recommended b").size());
        assertEquals(0, d.select(".lists .empty").size());
    }

    @Test
    void articleRendersTheFirstCommentPageReadOnly() {
        Document d = doc(ArticlePage.of(article(), comments(), ZONE));
        assertEquals("42", d.selectFirst("#comments").attr("data-article"));
        assertEquals("3", d.selectFirst(".comment-count").text());
        assertEquals(List.of("comment-100", "comment-101", "comment-102"), d.select(".ink-list > li").eachAttr("id"));
        Element root = d.selectFirst("#comment-100");
        assertEquals("读者<甲>", root.selectFirst(".ink-nick").text());
        assertEquals("2024-03-01 10:05", root.selectFirst("time").text(), "UTC 02:05 shown in Asia/Shanghai");
        assertEquals("第一条", root.selectFirst(".ink-body p").text());
        assertFalse(root.hasClass("ink-reply"));
        assertNull(root.selectFirst(".ink-staff"));
        Element reply = d.selectFirst("#comment-101");
        assertTrue(reply.hasClass("ink-reply"));
        assertEquals("工作人员", reply.selectFirst(".ink-staff").text());
        Element removed = d.selectFirst("#comment-102");
        assertEquals("该评论已删除", removed.text());
        assertNull(removed.selectFirst(".ink-nick"));
        assertEquals(1, d.select(".ink-more").size());
    }

    @Test
    void articleWithoutSourceListsOrCommentsSaysSo() {
        Document d = doc(ArticlePage.of(bareArticle(), new CommentPage(0, List.of(), null), ZONE));
        assertEquals("【科技】无来源", d.selectFirst("article h1").text());
        assertEquals(0, d.select(".source, .source-line").size());
        assertEquals("", d.selectFirst(".meta time").text());
        assertEquals("暂无相关文章", d.selectFirst("#related .empty").text());
        assertEquals("暂无推荐文章", d.selectFirst("#recommended .empty").text());
        assertEquals("0", d.selectFirst(".comment-count").text());
        assertEquals(0, d.select(".ink-list > li, .ink-more").size());
    }

    @Test
    void articleWhoseCommentsCannotBeReadSaysSoAndKeepsTheWidgetSlot() {
        Document d = doc(ArticlePage.withoutComments(article()));
        assertEquals("留言与评论", d.selectFirst("#comments h2").text());
        assertEquals("评论暂时无法加载，请稍后刷新页面查看。", d.selectFirst("#comments .ink-unavailable").text());
        assertEquals("42", d.selectFirst("#comments[data-inkstone-comments]").attr("data-article"));
        assertEquals(0, d.select(".comment-count, .ink-list > li, .ink-more").size());
        assertEquals(List.of("相关一", "相关二"), d.select("#related li a").eachText(), "the rest of the page is whole");
    }

    // ---- home ---------------------------------------------------------------------------------------------

    @Test
    void homeShowsRecommendedThenOneSectionPerChannel() {
        Channel sports = channels().get(0);
        Channel charity = channels().get(2);
        Document d = doc(new HomePage(items(30, 2, "tech", "科技"), List.of(
                new HomePage.Section(sports, items(1, 3, "sports", "体育"), 10),
                new HomePage.Section(charity, items(20, 1, "charity", "公益&慈善"), 1))));
        assertEquals(List.of(BASE + "/articles/30", BASE + "/articles/31"), hrefs(d, "#recommended li a"));
        assertEquals(List.of("sports", "charity"), d.select(".channel-section").eachAttr("data-channel"));
        assertEquals(List.of(BASE + "/channels/sports", BASE + "/channels/charity"), hrefs(d, ".channel-section h2 a"));
        assertEquals(List.of("体育 共 10 篇", "公益&慈善 共 1 篇"), d.select(".channel-section h2").eachText());
        assertEquals(List.of("文章1", "文章2", "文章3"), d.select(".channel-section[data-channel=sports] li a").eachText());
        assertEquals(0, d.select(".home > .empty, #recommended .empty").size());
    }

    @Test
    void anEmptyHomeSaysSo() {
        Document d = doc(new HomePage(List.of(), List.of()));
        assertEquals("暂无推荐文章", d.selectFirst("#recommended .empty").text());
        assertEquals("还没有文章。", d.selectFirst(".home > .empty").text());
        assertEquals(0, d.select(".channel-section").size());
    }

    // ---- channel ------------------------------------------------------------------------------------------

    @Test
    void channelPageListsItsArticlesWithDaysAndThePager() {
        Document d = doc(ChannelPage.of(channels().get(2), channelList(45, items(21, 20, "charity", "公益&慈善")), 2, 20));
        assertEquals("公益&慈善 共 45 篇", d.selectFirst("h1").text());
        assertEquals("公益&慈善 - " + SITE, d.title());
        assertEquals(20, d.select(".articles li").size());
        assertEquals(BASE + "/articles/21", d.selectFirst(".articles li a").attr("href"));
        assertEquals("2012-06-05", d.selectFirst(".articles li time").text(), "21 % 7 = 0 days after the fixture date");
        assertEquals(0, d.select(".channel-page .empty").size());
        assertEquals(BASE + "/channels/charity?page=1", d.selectFirst(".pager a[rel=prev]").attr("href"));
        assertEquals(BASE + "/channels/charity?page=3", d.selectFirst(".pager a[rel=next]").attr("href"));
        assertEquals("2", d.selectFirst(".pager [aria-current=page]").text());
        assertEquals(List.of(BASE + "/channels/charity?page=1", BASE + "/channels/charity?page=3"),
                hrefs(d, ".pager a:not([rel])"));
    }

    @Test
    void aChannelPageWithoutArticlesSaysSoAndHasNoPager() {
        Document d = doc(ChannelPage.of(channels().get(0), channelList(0, List.of()), 1, 20));
        assertEquals("体育 共 0 篇", d.selectFirst("h1").text());
        assertEquals("本页没有文章。", d.selectFirst(".channel-page .empty").text());
        assertEquals(0, d.select(".pager").size());
    }

    // ---- search -------------------------------------------------------------------------------------------

    @Test
    void searchWithoutQueryAsksForOne() {
        Document d = doc(new SearchPage("", "", "", options(null), "请输入搜索词。", null, null));
        assertEquals("搜索 - " + SITE, d.title());
        assertEquals("请输入搜索词。", d.selectFirst(".message").text());
        assertEquals(0, d.select("#result-count, .hits, .pager").size());
    }

    @Test
    void searchResultsShowCountHitsSnippetsAndPager() {
        Document d = doc(new SearchPage("振兴", "2012-06-01", "2012-06-30", options("tech"), null, searchResult(),
                Pager.of("search?q=%E6%8C%AF%E5%85%B4&page=", 1, 3)));
        assertEquals("搜索：振兴 - " + SITE, d.title());
        assertEquals("23", d.selectFirst("#result-count").text());
        assertEquals(List.of(XSS_TITLE, "第二篇"), d.select(".hit > a").eachText());
        assertEquals(List.of("【科技】", "【体育】"), d.select(".hit-channel").eachText());
        assertEquals(List.of("振兴", "振兴"), d.select(".snippet mark").eachText(), "snippets are HTML");
        assertEquals(0, d.select(".hit script").size());
        assertEquals("振兴", d.selectFirst("header input[name=q]").val(), "the header box keeps the query");
        assertEquals("振兴", d.selectFirst(".search-form input[name=q]").val());
        assertEquals("2012-06-01", d.selectFirst("input[name=from]").val());
        assertEquals("2012-06-30", d.selectFirst("input[name=to]").val());
        assertEquals(List.of("", "sports", "tech", "charity"), d.select("select[name=channel] option").eachAttr("value"));
        assertEquals(List.of("tech"), d.select("select[name=channel] option[selected]").eachAttr("value"));
        assertEquals(List.of("relevance"), d.select("select[name=sort] option[selected]").eachAttr("value"),
                "relevance is the default order");
        assertEquals(BASE + "/search?q=%E6%8C%AF%E5%85%B4&page=2", d.selectFirst(".pager a[rel=next]").attr("href"));
        assertEquals(0, d.select(".search-page .empty, .message").size());
    }

    @Test
    void theSortControlOffersRelevanceAndNewestAndKeepsTheChoice() {
        Document d = doc(new SearchPage("振兴", "", "", options(null), null, searchResult(),
                Pager.of("search?q=%E6%8C%AF%E5%85%B4&sort=newest&page=", 1, 3), true));
        assertEquals(List.of("relevance", "newest"), d.select("select[name=sort] option").eachAttr("value"));
        assertEquals(List.of("按相关度", "按时间（最新在前）"), d.select("select[name=sort] option").eachText());
        assertEquals(List.of("newest"), d.select("select[name=sort] option[selected]").eachAttr("value"));
        assertEquals("排序", d.selectFirst("select[name=sort]").parent().ownText().strip(), "the control has a label");
        assertEquals(BASE + "/search?q=%E6%8C%AF%E5%85%B4&sort=newest&page=2", d.selectFirst(".pager a[rel=next]").attr("href"));
    }

    @Test
    void aSearchThatFindsNothingSaysSo() {
        Document d = doc(new SearchPage("无", "", "", options(null), null, new SearchService.Result(0, List.of()),
                Pager.of("search?q=x&page=", 1, 0)));
        assertEquals("0", d.selectFirst("#result-count").text());
        assertEquals("没有找到相关文章，请换个关键词试试。", d.selectFirst(".search-page .empty").text());
        assertEquals(0, d.select(".hit, .pager").size());
    }

    @Test
    void aScriptInTheQueryIsShownAsText() {
        String q = "<script>alert(1)</script>";
        String html = html(new SearchPage(q, "", "", options(null), "日期格式应为 YYYY-MM-DD", null, null));
        assertFalse(html.contains(q));
        Document d = Jsoup.parse(html);
        assertEquals(q, d.selectFirst("header input[name=q]").val());
        assertEquals("搜索：" + q + " - " + SITE, d.title());
        assertEquals("日期格式应为 YYYY-MM-DD", d.selectFirst(".message").text());
    }

    // ---- login, moderation, error -------------------------------------------------------------------------

    @Test
    void loginPageCarriesTheReturnPathAsData() {
        Document d = doc(new LoginPage("/inkstone/articles/1?a=1&b=\"2\""));
        assertEquals("登录账号", d.selectFirst("h1").text());
        assertEquals("/inkstone/articles/1?a=1&b=\"2\"", d.selectFirst("#login-form").attr("data-return"));
        assertEquals(BASE, d.selectFirst("#login-form").attr("data-base"));
        assertEquals(BASE + "/assets/login.js", d.selectFirst("script[src]").attr("src"));
    }

    @Test
    void moderationPageNamesTheModeratorEscaped() {
        String html = html(new ModerationPage("<b>管理员</b>"));
        assertFalse(html.contains("<b>管理员"));
        Document d = Jsoup.parse(html);
        assertEquals("评论审核", d.selectFirst("h1").text());
        assertEquals("当前审核员：<b>管理员</b>", d.selectFirst(".meta").text());
        assertEquals(BASE, d.selectFirst("#moderation").attr("data-base"));
    }

    @Test
    void notFoundPageSays404AndLinksHome() {
        Document d = doc(new ErrorPageModel(404, "文章不存在"));
        assertEquals("404 页面不存在", d.selectFirst("h1").text());
        assertEquals("文章不存在", d.selectFirst(".error-page p").text());
        assertEquals(BASE + "/", d.selectFirst(".error-page a").attr("href"));
        assertEquals("出错了 - " + SITE, d.title());
    }

    @Test
    void otherErrorsShowTheStatusAndTheEscapedMessage() {
        String html = html(new ErrorPageModel(500, "<i>坏了</i>"));
        assertFalse(html.contains("<i>"));
        Document d = Jsoup.parse(html);
        assertEquals("出错了（500）", d.selectFirst("h1").text());
        assertEquals("<i>坏了</i>", d.selectFirst(".error-page p").text());
    }
}
