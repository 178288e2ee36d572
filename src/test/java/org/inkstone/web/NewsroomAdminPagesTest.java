package org.inkstone.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
                page("accounts", "账号管理", List.of()))) {
            String html = html(p);
            assertFalse(html.contains("<b>主编"), p.area());
            Document d = Jsoup.parse(html);
            assertEquals(1, d.select("h1").size(), p.area());
            assertEquals(p.title(), d.selectFirst("h1").text());
            assertEquals(p.title() + " - " + PageFixtures.chrome().siteName(), d.title());
            assertEquals("<b>主编</b>（管理员）", d.selectFirst(".nr-user-name").text());
            assertEquals(List.of(BASE + "/newsroom", BASE + "/newsroom/articles/new", BASE + "/newsroom/review",
                    BASE + "/newsroom/scheduled", BASE + "/newsroom/channels", BASE + "/newsroom/picks",
                    BASE + "/newsroom/accounts"), d.select("nav.newsroom-nav a").eachAttr("href"), p.area());
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
