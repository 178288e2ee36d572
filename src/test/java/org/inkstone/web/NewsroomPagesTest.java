package org.inkstone.web;

import org.inkstone.account.Role;
import org.inkstone.common.InvalidParameterException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.inkstone.web.PageFixtures.BASE;
import static org.inkstone.web.PageFixtures.XSS_TITLE;
import static org.inkstone.web.PageFixtures.chrome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The newsroom page records through the real templates (jsoup), and the list's filter rules. No server. */
class NewsroomPagesTest {

    private static final PageRenderer RENDERER = PageFixtures.renderer();
    private static final String ZONE = "Asia/Shanghai";
    private static final List<NewsroomOption> CHANNELS = List.of(new NewsroomOption("sports", "体育", false),
            new NewsroomOption("tech", "科技&数码", false));

    private static Document doc(Page page) {
        return Jsoup.parse(RENDERER.render(chrome(), page));
    }

    private static NewsroomListQuery query(String status, String channel, String author, String q, String view, String cursor) {
        return NewsroomListQuery.of(status, channel, author, q, view, cursor);
    }

    private static Map<String, Page> samples() {
        Map<String, Page> m = new LinkedHashMap<>();
        List<NewsroomOption> listChannels = new ArrayList<>();
        listChannels.add(new NewsroomOption("", "全部栏目", false));
        listChannels.add(new NewsroomOption("sports", "体育", true));
        m.put("list", new NewsroomListPage(new NewsroomUser(XSS_TITLE, Role.ADMIN), query("draft", "sports", "", XSS_TITLE, "all", ""), listChannels, ZONE));
        m.put("new", new NewsroomEditorPage(null, ZONE, CHANNELS, new NewsroomUser("王记者", Role.REPORTER)));
        m.put("edit", new NewsroomEditorPage(42L, ZONE, CHANNELS, new NewsroomUser("王记者", Role.REPORTER)));
        m.put("history", new NewsroomHistoryPage(42L, ZONE, new NewsroomUser("王编辑", Role.EDITOR)));
        m.put("review", new NewsroomQueuePage(NewsroomQueuePage.Kind.REVIEW, ZONE, new NewsroomUser("王主编", Role.CHIEF_EDITOR)));
        m.put("scheduled", new NewsroomQueuePage(NewsroomQueuePage.Kind.SCHEDULED, ZONE, new NewsroomUser("王编辑", Role.EDITOR)));
        return m;
    }

    // ---- every newsroom page -----------------------------------------------------------------------------

    @Test
    void everyPageHasOneH1AndTheNewsroomNavigationWithTheLinksTheRoleMayOpenAndItsCurrentLink() {
        List<String> all = List.of("稿件", "写稿", "审核", "定时");
        Map<String, List<String>> links = Map.of("list", List.of("稿件", "写稿", "审核", "定时", "栏目", "推荐位", "合作媒体", "账号"),
                "new", all, "edit", all, "history", List.of("稿件", "写稿", "审核", "定时", "推荐位"),
                "review", List.of("稿件", "写稿", "审核", "定时", "栏目", "推荐位"),
                "scheduled", List.of("稿件", "写稿", "审核", "定时", "推荐位"));
        Map<String, String> current = Map.of("list", "稿件", "new", "写稿", "edit", "", "history", "", "review", "审核",
                "scheduled", "定时");
        samples().forEach((name, page) -> {
            Document d = doc(page);
            assertEquals(1, d.select("h1").size(), name);
            Element nav = d.selectFirst("nav.newsroom-nav[aria-label=编辑部]");
            assertNotNull(nav, name);
            List<String> shown = links.get(name);
            assertEquals(shown, nav.select("a").eachText(), name);
            Map<String, String> paths = Map.of("稿件", "", "写稿", "/articles/new", "审核", "/review", "定时", "/scheduled",
                    "栏目", "/channels", "推荐位", "/picks", "合作媒体", "/partners", "账号", "/accounts");
            assertEquals(shown.stream().map(l -> BASE + "/newsroom" + paths.get(l)).toList(), nav.select("a").eachAttr("href"), name);
            assertEquals(current.get(name), nav.select("a[aria-current=page]").text(), name);
            assertEquals(1, d.select("link[href=" + BASE + "/assets/css/newsroom.css]").size(), name);
        });
    }

    @Test
    void everyControlHasALabel() {
        samples().forEach((name, page) -> {
            Document d = doc(page);
            for (Element c : d.select("input:not([type=hidden]), select, textarea")) {
                boolean labelled = c.hasAttr("aria-label") || (!c.id().isEmpty() && d.selectFirst("label[for=" + c.id() + "]") != null);
                assertTrue(labelled, name + ": " + c);
            }
            for (Element b : d.select("button")) {
                assertTrue(!b.text().isBlank() || b.hasAttr("aria-label"), name + ": " + b);
            }
        });
    }

    @Test
    void pagesCarryNoInlineScriptStyleOrHandlerForTheContentSecurityPolicy() {
        samples().forEach((name, page) -> {
            Document d = doc(page);
            for (Element s : d.select("script")) {
                assertTrue(s.hasAttr("src") && s.data().isBlank(), name + ": " + s);
                assertTrue(s.attr("src").startsWith(BASE + "/assets/") || s.attr("src").startsWith(BASE + "/webjars/"), name + ": " + s);
            }
            assertEquals(0, d.select("style, [style]").size(), name);
            for (Element e : d.getAllElements()) {
                e.attributes().forEach(a -> assertFalse(a.getKey().startsWith("on"), name + ": " + e.tagName() + " " + a));
            }
            assertFalse(d.html().contains("<script>alert"), name);
        });
    }

    @Test
    void theNavigationShowsTheUserTheirRoleAndALogOutButtonAndTheHeaderNoLogInLink() {
        Map<String, String> who = Map.of("list", XSS_TITLE + "（管理员）", "new", "王记者（记者）", "edit", "王记者（记者）",
                "history", "王编辑（编辑）", "review", "王主编（主编）", "scheduled", "王编辑（编辑）");
        samples().forEach((name, page) -> {
            Document d = doc(page);
            assertEquals(who.get(name), d.selectFirst("nav.newsroom-nav .nr-user-name").text(), name);
            Element logout = d.selectFirst("nav.newsroom-nav button#nr-logout");
            assertEquals("退出", logout.text(), name);
            assertEquals("button", logout.attr("type"), name);
            assertEquals(BASE, logout.attr("data-base"), name);
            assertEquals(1, d.select("script[src=" + BASE + "/assets/newsroom-session.js]").size(), name);
            assertEquals(0, d.select("header.site a.login").size(), name + ": staff are logged in");
        });
        assertFalse(RENDERER.render(chrome(), samples().get("list")).contains("<script>alert"));
    }

    @Test
    void eachRoleSeesOnlyTheAdminLinksItMayOpen() {
        assertEquals(List.of(false, false, false, false), mays(Role.REPORTER));
        assertEquals(List.of(false, true, false, false), mays(Role.EDITOR));
        assertEquals(List.of(true, true, false, false), mays(Role.CHIEF_EDITOR));
        assertEquals(List.of(true, true, true, true), mays(Role.ADMIN));
        assertEquals("记者", new NewsroomUser("x", Role.REPORTER).roleName());
        assertEquals("主编", new NewsroomUser("x", Role.CHIEF_EDITOR).roleName());
    }

    private static List<Boolean> mays(Role role) {
        NewsroomUser u = new NewsroomUser("x", role);
        return List.of(u.mayChannels(), u.mayPicks(), u.mayAccounts(), u.mayPartners());
    }

    @Test
    void aReaderPageStillOffersLogIn() {
        Document d = Jsoup.parse(RENDERER.render(chrome(), new ErrorPageModel(404, "文章不存在")));
        assertEquals(BASE + "/login", d.selectFirst("header.site a.login").attr("href"));
        assertEquals(0, d.select("a[href=" + BASE + "/newsroom]").size());
    }

    @Test
    void aStaffMemberRefusedANewsroomPageGetsAWayBackToTheNewsroom() {
        Document d = Jsoup.parse(RENDERER.render(chrome(), new ErrorPageModel(403, "没有权限执行此操作", true)));
        assertEquals("返回编辑部", d.selectFirst("a[href=" + BASE + "/newsroom]").text());
        assertTrue(HtmlErrorPage.offersNewsroom(403, "/newsroom/channels", java.util.Optional.of(Role.REPORTER)));
        assertTrue(HtmlErrorPage.offersNewsroom(403, "/newsroom", java.util.Optional.of(Role.EDITOR)));
        assertFalse(HtmlErrorPage.offersNewsroom(403, "/newsroom/channels", java.util.Optional.of(Role.READER)));
        assertFalse(HtmlErrorPage.offersNewsroom(403, "/newsroom/channels", java.util.Optional.of(Role.MODERATOR)));
        assertFalse(HtmlErrorPage.offersNewsroom(403, "/newsroom/channels", java.util.Optional.empty()));
        assertFalse(HtmlErrorPage.offersNewsroom(403, "/newsroomx", java.util.Optional.of(Role.ADMIN)));
        assertFalse(HtmlErrorPage.offersNewsroom(403, "/moderation", java.util.Optional.of(Role.ADMIN)));
        assertFalse(HtmlErrorPage.offersNewsroom(404, "/newsroom/articles/9/edit", java.util.Optional.of(Role.ADMIN)));
    }

    // ---- the list --------------------------------------------------------------------------------------------

    @Test
    void theListFormShowsTheRequestedFiltersEscaped() {
        Document d = doc(samples().get("list"));
        assertEquals("draft", d.selectFirst("#f-status option[selected]").val());
        assertEquals("草稿", d.selectFirst("#f-status option[selected]").text());
        assertEquals(List.of("", "draft", "in_review", "returned", "scheduled", "published", "withdrawn"),
                d.select("#f-status option").eachAttr("value"));
        assertEquals("sports", d.selectFirst("#f-channel option[selected]").val());
        assertEquals(XSS_TITLE, d.selectFirst("#f-q").val());
        assertEquals("status=draft&channel=sports&q=%3Cscript%3Ealert%28%27title%27%29%3C%2Fscript%3E%E6%A0%87%E9%A2%98",
                d.selectFirst("#nr-list").attr("data-api-query"));
        assertEquals(List.of("全部稿件", "我的稿件（草稿/退回）", "待我审核"), d.select(".nr-views a").eachText());
        assertEquals("全部稿件", d.select(".nr-views a[aria-current=page]").text());
        assertEquals(0, d.select(".pager a:not(.nr-next)").size(), "the first page has no link back to itself");
    }

    @Test
    void aLaterPageLinksBackToTheFirstWithTheSameFilters() {
        NewsroomListPage p = new NewsroomListPage(new NewsroomUser("u", Role.REPORTER), query("", "", "7", "", "waiting", "abc_-=1"), CHANNELS, ZONE);
        Document d = doc(p);
        assertEquals(BASE + "/newsroom?view=waiting&author=7", d.selectFirst(".pager a:not(.nr-next)").attr("href"));
        assertEquals("author=7&waiting=true&cursor=abc_-%3D1", d.selectFirst("#nr-list").attr("data-api-query"));
        assertEquals("待我审核", p.pageTitle());
    }

    @Test
    void myArticlesAskTheApiForTheCallersDraftsAndReturnedArticles() {
        assertEquals(Map.of("status", "draft,returned", "mine", "true"), query(null, null, null, null, "mine", null).apiParameters());
        assertEquals(Map.of("status", "returned", "mine", "true"), query("returned", "", "", "", "mine", "").apiParameters());
        assertEquals(Map.of(), query(" ", "", "", "  ", "", "").apiParameters());
        assertEquals("我的稿件（草稿/退回）", new NewsroomListPage(new NewsroomUser("u", Role.REPORTER), query("", "", "", "", "mine", ""), CHANNELS, ZONE).pageTitle());
    }

    @Test
    void badFiltersAreRefusedNamingTheParameter() {
        record Case(String field, String status, String channel, String author, String q, String view, String cursor) {
        }
        for (Case c : List.of(
                new Case("status", "deleted", "", "", "", "", ""),
                new Case("status", "DRAFT", "", "", "", "", ""),
                new Case("channel", "", "Bad!", "", "", "", ""),
                new Case("channel", "", "a".repeat(65), "", "", "", ""),
                new Case("author", "", "", "0", "", "", ""),
                new Case("author", "", "", "abc", "", "", ""),
                new Case("author", "", "", "1".repeat(19), "", "", ""),
                new Case("q", "", "", "", "新".repeat(101), "", ""),
                new Case("view", "", "", "", "", "everything", ""),
                new Case("cursor", "", "", "", "", "", "a b"),
                new Case("cursor", "", "", "", "", "", "x".repeat(201)))) {
            InvalidParameterException e = assertThrows(InvalidParameterException.class,
                    () -> query(c.status(), c.channel(), c.author(), c.q(), c.view(), c.cursor()), c.toString());
            assertEquals(400, e.status(), c.toString());
            assertEquals(List.of(c.field()), List.copyOf(e.fields().keySet()), c.toString());
        }
        assertEquals("新".repeat(100), query("", "", "", "新".repeat(100), "", "").q(), "100 characters are allowed");
        assertEquals("𠀀".repeat(100), query("", "", "", "𠀀".repeat(100), "", "").q(), "counted in code points");
    }

    // ---- the editor, history and queues -------------------------------------------------------------------

    @Test
    void theEditorHasEveryFieldTheQuillBoxAndTheSiteZone() {
        Document d = doc(samples().get("edit"));
        Element form = d.selectFirst("form#nr-editor");
        assertEquals("42", form.attr("data-id"));
        assertEquals(ZONE, form.attr("data-zone"));
        assertEquals(BASE, form.attr("data-base"));
        assertEquals(List.of("标题", "副标题", "摘要", "栏目", "关键词（用逗号分隔，最多 10 个）", "来源", "作者", "图片来源"),
                List.of("title", "subtitle", "summary", "channel", "tags", "source", "byline", "cover-credit").stream()
                        .map(id -> d.selectFirst("label[for=" + id + "]").text()).toList());
        assertEquals("发布时间（Asia/Shanghai 时间；留空则审核通过后立即发布）", d.selectFirst("label[for=publish-at]").text());
        assertEquals(List.of("", "sports", "tech"), d.select("#channel option").eachAttr("value"));
        assertEquals("科技&数码", d.select("#channel option").get(2).text());
        assertEquals(1, d.select("#body-editor").size());
        assertEquals(11, d.select("#body-toolbar button[aria-label]").size());
        assertEquals(List.of(BASE + "/assets/newsroom-session.js", BASE + "/webjars/quill/1.3.7/dist/quill.min.js", BASE + "/assets/newsroom-common.js",
                BASE + "/assets/newsroom-editor.js"), d.select("script").eachAttr("src"));
        assertEquals(1, d.select("link[href=" + BASE + "/webjars/quill/1.3.7/dist/quill.snow.css]").size());
        assertEquals("我已核实以上敏感词，确认提交", d.selectFirst("label[for=ack-sensitive]").text());
        assertEquals(BASE + "/newsroom/articles/42/history", d.selectFirst("p.meta a").attr("href"));
        assertEquals("编辑稿件 #42", d.selectFirst("h1").text());
    }

    @Test
    void theEditorHasAHiddenNoticeForTheReturnReason() {
        Document d = doc(samples().get("edit"));
        Element box = d.selectFirst("section#nr-returned[hidden]");
        assertNotNull(box);
        assertEquals("returned-h", box.attr("aria-labelledby"));
        assertEquals("稿件已被退回", box.selectFirst("h2#returned-h").text());
        assertEquals(1, box.select("p#returned-text").size());
    }

    @Test
    void aNewArticleHasNoIdAndNoHistoryLink() {
        Document d = doc(samples().get("new"));
        assertFalse(d.selectFirst("form#nr-editor").hasAttr("data-id"));
        assertEquals(0, d.select("p.meta a").size());
        assertEquals("写稿", d.selectFirst("h1").text());
    }

    @Test
    void historyAndQueuesNameTheirData() {
        Document history = doc(samples().get("history"));
        assertEquals("42", history.selectFirst("#nr-history").attr("data-id"));
        assertEquals(List.of("版本", "差异", "流程记录"), history.select("h2").eachText());
        assertEquals("review", doc(samples().get("review")).selectFirst("#nr-queue").attr("data-queue"));
        assertEquals("scheduled", doc(samples().get("scheduled")).selectFirst("#nr-queue").attr("data-queue"));
        assertEquals("审核队列", samples().get("review").pageTitle());
        assertEquals("定时发布", samples().get("scheduled").pageTitle());
    }

    // ---- the WebJar ---------------------------------------------------------------------------------------

    @Test
    void everyServedWebJarFileIsOnTheClassPath() throws Exception {
        assertEquals(3, WebJarResource.FILES.size());
        for (String path : WebJarResource.FILES.keySet()) {
            try (InputStream in = WebJarResource.class.getClassLoader().getResourceAsStream("META-INF/resources/webjars/" + path)) {
                assertNotNull(in, path);
                assertTrue(in.readAllBytes().length > 1000, path);
            }
        }
    }
}
