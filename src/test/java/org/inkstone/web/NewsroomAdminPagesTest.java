package org.inkstone.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The three newsroom administration pages through the real templates (no server), checked with jsoup. */
class NewsroomAdminPagesTest {

    private static final PageRenderer RENDERER = PageFixtures.renderer();
    private static final String BASE = PageFixtures.BASE;

    private static String html(NewsroomAdminPage page) {
        return RENDERER.render(PageFixtures.chrome(), page);
    }

    private static NewsroomAdminPage page(String area, String title, List<NewsroomAdminPage.Option> options) {
        return new NewsroomAdminPage(area, title, new NewsroomUser("<b>主编</b>", org.inkstone.account.Role.ADMIN), options, "Asia/Shanghai");
    }

    @Test
    void eachPageHasOneHeadingTheNewsroomNavigationItsScriptsAndTheEscapedUser() {
        for (NewsroomAdminPage p : List.of(page("channels", "栏目管理", List.of()), page("picks", "推荐位管理", List.of()),
                page("accounts", "账号管理", List.of()), page("partners", "合作媒体", List.of()))) {
            String html = html(p);
            assertFalse(html.contains("<b>主编"), p.area());
            Document d = Jsoup.parse(html);
            assertEquals(1, d.select("h1").size(), p.area());
            assertEquals(p.title(), d.selectFirst("h1").text());
            assertEquals(p.title() + " - " + PageFixtures.chrome().siteName(), d.title());
            assertEquals("<b>主编</b>（管理员）", d.selectFirst(".nr-user-name").text());
            assertEquals(List.of(BASE + "/newsroom", BASE + "/newsroom/articles/new", BASE + "/newsroom/review",
                    BASE + "/newsroom/scheduled", BASE + "/newsroom/channels", BASE + "/newsroom/picks",
                    BASE + "/newsroom/partners", BASE + "/newsroom/accounts"), d.select("nav.newsroom-nav a").eachAttr("href"), p.area());
            assertEquals(List.of(BASE + "/newsroom/" + p.area()),
                    d.select("nav.newsroom-nav a[aria-current=page]").eachAttr("href"), "the current link");
            assertEquals(p.area().equals("picks")
                    ? List.of(BASE + "/assets/newsroom-session.js", BASE + "/assets/newsroom-common.js", BASE + "/assets/newsroom-admin.js",
                            BASE + "/assets/newsroom-picks.js")
                    : List.of(BASE + "/assets/newsroom-session.js", BASE + "/assets/newsroom-admin.js",
                            BASE + "/assets/newsroom-" + p.area() + ".js"),
                    d.select("script[src]").eachAttr("src"));
            assertEquals(0, d.select("script:not([src])").size(), "no inline script (CSP)");
            assertEquals(BASE, d.selectFirst("#newsroom-" + p.area()).attr("data-base"));
        }
    }

    @Test
    void thePartnersPageOffersEveryChannelFormatAndAOneTimeCredentialsBox() {
        Document d = Jsoup.parse(html(page("partners", "合作媒体", List.of(new NewsroomAdminPage.Option("sports", "体育"),
                new NewsroomAdminPage.Option("nba", "— <NBA>")))));
        assertEquals(List.of("sports", "nba"), d.select("#partner-channels option").eachAttr("value"));
        assertEquals(List.of("体育", "— <NBA>"), d.select("#partner-channels option").eachText());
        assertTrue(d.selectFirst("#partner-channels").hasAttr("multiple"));
        assertEquals(List.of("ninjs", "newsml-g2"), d.select("#partner-format option").eachAttr("value"));
        assertTrue(d.selectFirst("#partners-secret").hasAttr("hidden"), "credentials are shown only after a registration or rotation");
        assertEquals(List.of("名称", "格式", "推送地址", "栏目", "状态", "操作"), d.select("#partners-table th").eachText());
        for (org.jsoup.nodes.Element input : d.select("#partner-form input, #partner-form select")) {
            assertEquals(1, d.select("label[for=" + input.id() + "]").size(), "a label for #" + input.id());
        }
    }

    @Test
    void aPartnerPageShowsItsNameLogAndBackfillLimit() {
        String html = RENDERER.render(PageFixtures.chrome(), new NewsroomPartnerPage(42, "<i>县融媒体中心</i>", "newsml-g2", 200,
                new NewsroomUser("管理员", org.inkstone.account.Role.ADMIN), "Asia/Shanghai"));
        assertFalse(html.contains("<i>县"));
        Document d = Jsoup.parse(html);
        assertEquals("合作媒体：<i>县融媒体中心</i>", d.selectFirst("h1").text());
        assertEquals(1, d.select("h1").size());
        assertEquals("42", d.selectFirst("#newsroom-partner").attr("data-partner"));
        assertEquals(BASE, d.selectFirst("#newsroom-partner").attr("data-base"));
        assertEquals("200", d.selectFirst("#backfill-count").attr("max"));
        assertEquals(List.of(BASE + "/newsroom/partners"), d.select("nav.newsroom-nav a[aria-current=page]").eachAttr("href"));
        assertEquals(List.of(BASE + "/assets/newsroom-session.js", BASE + "/assets/newsroom-admin.js", BASE + "/assets/newsroom-partner.js"),
                d.select("script[src]").eachAttr("src"));
        assertEquals(0, d.select("script:not([src])").size(), "no inline script (CSP)");
        assertEquals(List.of("投递", "稿件", "版本", "状态", "尝试次数", "最近响应", "最近错误", "时间", "操作"), d.select("#deliveries-table th").eachText());
    }

    @Test
    void onlyAdministratorsSeeThePartnersLink() {
        Document editor = Jsoup.parse(RENDERER.render(PageFixtures.chrome(), new NewsroomAdminPage("picks", "推荐位管理",
                new NewsroomUser("编辑", org.inkstone.account.Role.CHIEF_EDITOR), List.of(), "Asia/Shanghai")));
        assertTrue(editor.select("nav.newsroom-nav a[href=" + BASE + "/newsroom/partners]").isEmpty());
    }

    @Test
    void theAccountsPageOffersTheRolesItIsGiven() {
        Document d = Jsoup.parse(html(page("accounts", "账号管理", List.of(new NewsroomAdminPage.Option("editor", "编辑"),
                new NewsroomAdminPage.Option("admin", "管理员")))));
        assertEquals(List.of("editor", "admin"), d.select("#account-role option").eachAttr("value"));
        assertEquals(List.of("编辑", "管理员"), d.select("#account-role option").eachText());
    }

    @Test
    void thePicksPageOffersTheSiteAndEachChannel() {
        Document d = Jsoup.parse(html(page("picks", "推荐位管理", List.of(new NewsroomAdminPage.Option("sports", "体育"),
                new NewsroomAdminPage.Option("nba", "— <NBA>")))));
        assertEquals(List.of("", "sports", "nba"), d.select("#picks-channel option").eachAttr("value"));
        assertEquals(List.of("全站", "体育", "— <NBA>"), d.select("#picks-channel option").eachText());
    }

    @Test
    void thePicksPageEntersAndShowsExpiryInTheSiteZoneAndSaysSo() {
        Document d = Jsoup.parse(html(page("picks", "推荐位管理", List.of())));
        assertEquals("Asia/Shanghai", d.selectFirst("#newsroom-picks").attr("data-zone"));
        assertEquals("到期时间（Asia/Shanghai 时间；可不填）", d.selectFirst("label[for=pick-expires]").text());
        assertEquals("到期时间（Asia/Shanghai 时间）", d.select("#picks-table th").get(2).text());
    }

    @Test
    void everyRoleHasAChineseName() {
        for (org.inkstone.account.Role r : org.inkstone.account.Role.values()) {
            assertFalse(NewsroomUser.ROLE_NAMES.getOrDefault(r.id(), "").isEmpty(), r.id());
        }
    }
}
