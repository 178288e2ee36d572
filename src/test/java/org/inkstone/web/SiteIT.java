package org.inkstone.web;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.inkstone.account.AccountScenarios;
import org.inkstone.article.ListScenarios;
import org.inkstone.article.ViewScenarios;
import org.inkstone.comment.CommentScenarios;
import org.inkstone.media.MediaScenarios;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real WAR in the real Payara Micro against the integration-test MariaDB, one deployment for every
 * system test (each deployment costs a server start). The server imported the seed article, the 1,163
 * zh-news articles and {@code import-bad-lines.jsonl} at start. The tests are independent and may run in
 * any order: each sets up what it needs, and a test that changes shared data (a pick, a withdrawal) uses
 * an article reserved for it. Scenarios that comment get their own articles through {@link #articles(int)}.
 */
@ExtendWith(ArquillianExtension.class)
class SiteIT {

    private static final String TOKEN = "it-admin-token";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @ArquillianResource
    URL base;

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(root() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String token, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(root() + path))
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The application root on the loopback address, e.g. http://127.0.0.1:port/inkstone/. Payara reports its
     * host as the machine's external address, to which this sandbox may refuse connections on some ports.
     */
    private String root() {
        return "http://127.0.0.1:" + base.getPort() + "/inkstone/";
    }

    private static JsonObject json(HttpResponse<String> r) {
        try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readObject();
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private long seedId() throws Exception {
        JsonObject list = json(get("api/articles?channel=reform"));
        return list.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(i -> "seed-0001".equals(i.getString("externalId"))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private long idOf(String externalId, String channel) throws Exception {
        for (int page = 1; page < 100; page++) {
            JsonArray items = json(get("api/articles?channel=" + channel + "&size=100&page=" + page)).getJsonArray("items");
            if (items.isEmpty()) {
                break;
            }
            for (JsonValue v : items) {
                if (externalId.equals(v.asJsonObject().getString("externalId", null))) {
                    return v.asJsonObject().getJsonNumber("id").longValue();
                }
            }
        }
        throw new AssertionError("no article " + externalId + " in channel " + channel);
    }

    private List<Long> hitIds(String q) throws Exception {
        return json(get("api/search?q=" + enc(q))).getJsonArray("hits").stream()
                .map(h -> h.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    @Test
    @RunAsClient
    void importedTheWholeCorpusAndSkippedEveryBadLine() throws Exception {
        // 1 seed + 1,163 zh-news + 4 valid records of import-bad-lines.jsonl (4 bad lines rejected); counted in
        // the database, whatever their status now (another test withdraws one)
        assertEquals(1168, org.inkstone.comment.TestDb.count("SELECT COUNT(*) FROM article WHERE external_id IS NOT NULL"));
        assertEquals(116, json(get("api/articles?channel=sports&size=1")).getJsonNumber("total").longValue());
        assertEquals(151, json(get("api/articles?channel=charity&size=1")).getJsonNumber("total").longValue());
    }

    @Test
    @RunAsClient
    void healthIsUpWithTheIndexCaughtUp() throws Exception {
        long head = org.inkstone.comment.TestDb.count("SELECT COALESCE(MAX(id), 0) FROM index_outbox");
        JsonObject h = null;
        HttpResponse<String> r = null;
        for (long until = System.nanoTime() + 5_000_000_000L; System.nanoTime() < until; Thread.sleep(200)) {
            r = get("api/health"); // evaluated every 0.5 s: wait for the evaluation that saw this head
            h = json(r);
            if (h.getJsonObject("index").getJsonNumber("head").longValue() == head) {
                break;
            }
        }
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("up", h.getString("status"));
        assertEquals(0, h.getJsonArray("down").size());
        JsonObject db = h.getJsonObject("database");
        assertTrue(db.getBoolean("up"));
        assertTrue(db.isNull("error"));
        assertTrue(db.getJsonNumber("ms").longValue() < 2_000, db.toString());
        JsonObject index = h.getJsonObject("index");
        assertEquals(head, index.getJsonNumber("head").longValue());
        assertEquals(head, index.getJsonNumber("applied").longValue());
        assertTrue(index.getBoolean("caughtUp"));
        assertEquals(0, index.getJsonNumber("lagMs").longValue());
        assertEquals(3_200, index.getJsonNumber("allowanceMs").longValue(),
                "poll 200 ms (it-system.properties) + the default grace of 3,000 ms");
        assertEquals(org.inkstone.comment.TestDb.count("SELECT COUNT(*) FROM article WHERE status = 'published'"),
                index.getJsonNumber("documents").longValue());
        assertEquals(Set.of("status", "down", "ageMs", "database", "index"), h.keySet());
        assertEquals(Set.of("up", "ms", "error"), db.keySet());
        assertEquals(Set.of("applied", "head", "caughtUp", "lagMs", "allowanceMs", "documents"), index.keySet());
    }

    @Test
    @RunAsClient
    void theArticlePageLooksLikeTheSeed() throws Exception {
        long id = seedId();
        HttpResponse<String> r = get("articles/" + id);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        Html page = new Html(r.body());
        assertEquals("【改革进行时】连云港市妇联:送温暖、办实事、惠民心,“五大行动”助力乡村振兴", page.text("article h1"));
        assertEquals("来源:省妇联新媒体中心", page.text(".source-line"));
        assertEquals(17, page.count("header nav a"), "channel navigation");
        assertEquals("巾帼聚心,成风化人", page.texts(".body h2").get(0));
        assertEquals(27, page.count(".body p") + page.count(".body h2"));
        assertEquals(1, page.count("#comments[data-inkstone-comments][data-article=" + id + "]"));
        assertEquals("相关文章", page.text("#related h2"));
        assertEquals("推荐文章", page.text("#recommended h2"));
        List<String> related = page.attrs("#related li a", "href");
        List<String> recommended = page.attrs("#recommended li a", "href");
        assertEquals(5, related.size());
        assertEquals(5, recommended.size());
        assertFalse(related.contains("/inkstone/articles/" + id));
        assertFalse(recommended.contains("/inkstone/articles/" + id));
        Set<String> both = new HashSet<>(related);
        both.retainAll(recommended);
        assertEquals(Set.of(), both, "recommended excludes related entries");
    }

    @Test
    @RunAsClient
    void theArticleApiCarriesRelatedAndRecommendedLists() throws Exception {
        long id = seedId();
        JsonObject a = json(get("api/articles/" + id));
        assertEquals(id, a.getJsonNumber("id").longValue());
        assertEquals("seed-0001", a.getString("externalId"));
        assertEquals("省妇联新媒体中心", a.getString("source"));
        assertEquals("reform", a.getJsonObject("channel").getString("id"));
        assertEquals("改革进行时", a.getJsonObject("channel").getString("name"));
        assertEquals("+08:00", OffsetDateTime.parse(a.getString("publishedAt")).getOffset().getId());
        assertTrue(a.getString("bodyHtml").startsWith("<p>近年来,连云港市妇联充分发挥"));
        JsonArray related = a.getJsonArray("related");
        assertEquals(5, related.size());
        Set<String> titles = new HashSet<>();
        for (JsonValue v : related) {
            JsonObject item = v.asJsonObject();
            assertTrue(item.getJsonNumber("id").longValue() != id);
            assertTrue(titles.add(item.getString("title")), "no two related entries with one title");
            assertNotNull(item.getJsonObject("channel").getString("name"));
            assertTrue(item.containsKey("externalId"));
        }
        assertEquals(5, a.getJsonArray("recommended").size());
    }

    @Test
    @RunAsClient
    void unknownOrMalformedIdsGiveA404Page() throws Exception {
        for (String path : List.of("articles/99999999", "articles/abc", "articles/0", "channels/nope", "no/such/page")) {
            HttpResponse<String> r = get(path);
            assertEquals(404, r.statusCode(), path);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
            assertTrue(new Html(r.body()).text("h1").contains("404"), path);
            assertFalse(r.body().contains("Exception"), path);
        }
    }

    @Test
    @RunAsClient
    void apiErrorsAreJsonWithTheFieldNamed() throws Exception {
        record Case(String path, int status, String code, String field) {
        }
        for (Case c : List.of(
                new Case("api/articles?channel=sports&page=0", 400, "invalid_parameter", "page"),
                new Case("api/articles?channel=sports&page=abc", 400, "invalid_parameter", "page"),
                new Case("api/articles?channel=sports&size=101", 400, "invalid_parameter", "size"),
                new Case("api/articles?channel=Bad!", 400, "invalid_parameter", "channel"),
                new Case("api/search?q=", 400, "invalid_parameter", "q"),
                new Case("api/search?q=" + "新".repeat(1000), 400, "invalid_parameter", "q"),
                new Case("api/search?q=x&from=2012-99-01", 400, "invalid_parameter", "from"),
                new Case("api/search?q=x&from=2012-07-01&to=2012-06-01", 400, "invalid_parameter", "from"),
                new Case("api/search?q=x&channel=nope", 400, "invalid_parameter", "channel"),
                new Case("api/search?q=x&page=101", 400, "invalid_parameter", "page"))) {
            HttpResponse<String> r = get(c.path());
            assertEquals(c.status(), r.statusCode(), c.path());
            JsonObject e = json(r);
            assertEquals(c.status(), e.getInt("status"), c.path());
            assertEquals(c.code(), e.getString("code"), c.path());
            assertFalse(e.getString("message").isBlank(), c.path());
            assertTrue(e.getJsonObject("fields").containsKey(c.field()), c.path() + " -> " + e);
        }
        JsonObject missing = json(get("api/articles/99999999"));
        assertEquals(404, missing.getInt("status"));
        assertEquals("article_not_found", missing.getString("code"));
        assertEquals("channel_not_found", json(get("api/articles?channel=nope")).getString("code"));
        assertEquals("not_found", json(get("api/nothing-here")).getString("code"));
    }

    @Test
    @RunAsClient
    void searchFindsThePhraseFirstWithHighlightedSnippets() throws Exception {
        JsonObject r = json(get("api/search?q=" + enc("乡村振兴")));
        assertTrue(r.getJsonNumber("total").longValue() >= 1);
        JsonObject first = r.getJsonArray("hits").getJsonObject(0);
        assertEquals(seedId(), first.getJsonNumber("id").longValue());
        assertTrue(first.getString("snippetHtml").contains("<mark>"), first.toString());
        assertEquals("reform", first.getJsonObject("channel").getString("id"));

        JsonObject sports = json(get("api/search?q=" + enc("湖人") + "&channel=sports"));
        assertTrue(sports.getJsonNumber("total").longValue() > 0);
        sports.getJsonArray("hits").forEach(h -> assertEquals("sports", h.asJsonObject().getJsonObject("channel").getString("id")));

        JsonObject june = json(get("api/search?q=" + enc("公益") + "&from=2012-06-01&to=2012-06-30"));
        assertTrue(june.getJsonNumber("total").longValue() > 0);
        for (JsonValue h : june.getJsonArray("hits")) {
            String day = h.asJsonObject().getString("publishedAt").substring(0, 10);
            assertTrue(day.compareTo("2012-06-01") >= 0 && day.compareTo("2012-06-30") <= 0, day);
        }
        JsonObject page2 = json(get("api/search?q=" + enc("公益") + "&page=2"));
        assertEquals(json(get("api/search?q=" + enc("公益"))).getJsonNumber("total"), page2.getJsonNumber("total"));

        // issue 11: traditional characters, sort=newest, a bad sort named
        JsonObject traditional = json(get("api/search?q=" + enc("鄉村振興")));
        assertEquals(seedId(), traditional.getJsonArray("hits").getJsonObject(0).getJsonNumber("id").longValue());
        JsonObject newest = json(get("api/search?q=" + enc("公益") + "&sort=newest"));
        assertEquals(json(get("api/search?q=" + enc("公益"))).getJsonNumber("total"), newest.getJsonNumber("total"));
        List<String> times = newest.getJsonArray("hits").stream()
                .map(h -> h.asJsonObject().getString("publishedAt")).toList();
        assertEquals(times.stream().sorted(java.util.Comparator.reverseOrder()).toList(), times);
        HttpResponse<String> bad = get("api/search?q=x&sort=oldest");
        assertEquals(400, bad.statusCode());
        assertEquals("invalid_parameter", json(bad).getString("code"));
        assertTrue(json(bad).getJsonObject("fields").containsKey("sort"), bad.body());
        assertEquals(400, get("search?q=x&sort=oldest").statusCode());
    }

    @Test
    @RunAsClient
    void oddQueriesNeverFail() throws Exception {
        for (String q : List.of("\"乡村振兴", "a:b", "(房价]", "*", "-", "{}", "\\", "AND", "乡村 -振兴", "新".repeat(1000), "   ",
                "<script>alert(1)</script>")) {
            HttpResponse<String> page = get("search?q=" + enc(q));
            assertTrue(page.statusCode() == 200 || page.statusCode() == 400, q + " -> " + page.statusCode());
            Html html = new Html(page.body());
            assertTrue(html.count("#result-count") == 1 || html.count(".message") == 1, q);
            assertFalse(page.body().contains("<script>alert(1)</script>"), q);
            HttpResponse<String> api = get("api/search?q=" + enc(q));
            assertTrue(api.statusCode() == 200 || api.statusCode() == 400, q + " -> " + api.statusCode());
        }
        assertEquals("请输入搜索词。", new Html(get("search?q=").body()).text(".message"));
    }

    @Test
    @RunAsClient
    void fourByteCharactersSurviveImportAndUntrustedTextIsEscaped() throws Exception {
        long emoji = idOf("it-emoji-😀", "tech");
        JsonObject a = json(get("api/articles/" + emoji));
        assertEquals("生僻字𠀀与表情😀", a.getString("title"));
        assertEquals("<p>四字节字符：𠀀𪚥😀，应当原样保存。</p>", a.getString("bodyHtml"));

        long xss = idOf("it-xss", "tech");
        String page = get("articles/" + xss).body();
        assertFalse(page.contains("<script>alert('title')</script>"));
        assertFalse(page.contains("<img src=x"));
        assertTrue(page.contains("&lt;script&gt;"));
        assertEquals("【科技】<script>alert('title')</script>标题", new Html(page).text("article h1"));
    }

    @Test
    @RunAsClient
    void homeAndChannelPagesListArticles() throws Exception {
        Html home = new Html(get("").body());
        assertEquals(5, home.count("#recommended li a"));
        assertTrue(home.count(".channel-section") >= 10);
        Html sports = new Html(get("channels/sports").body());
        assertEquals(20, sports.count(".articles li"));
        assertTrue(sports.text("h1").startsWith("体育"));
        Html last = new Html(get("channels/sports?page=6").body());
        assertEquals(16, last.count(".articles li"));
        assertEquals(400, get("channels/sports?page=x").statusCode());
    }

    @Test
    @RunAsClient
    void chromiumShowsTheRelatedListAndFollowsIt() throws Exception {
        long id = seedId();
        try (Browser browser = new Browser()) {
            List<String> titles = browser.relatedTitles(root() + "articles/" + id);
            assertEquals(5, titles.size());
            String first = titles.get(0);
            assertTrue(browser.followFirstRelated().endsWith(first));
        }
    }

    // ---- views (issue 5) and article lists (issue 10): org.inkstone.article.ViewScenarios, ListScenarios ----

    /**
     * The 5 zh-news articles with the highest ids, one per view scenario: no other test reads them as pages (the
     * comment tests take the lowest ids), so their view counts move only by their own scenario.
     */
    private ViewScenarios views() throws Exception {
        List<Long> ids = zhNewsArticles();
        return new ViewScenarios(root(), ids.subList(ids.size() - 5, ids.size()));
    }

    @Test
    @RunAsClient
    void rapidRepeatedPageRequestsCountOneView() throws Exception {
        views().rapidRepeatedPageRequestsCountOneView();
    }

    @Test
    @RunAsClient
    void headApiReadsAndPrefetchesCountNoView() throws Exception {
        views().headApiReadsAndPrefetchesCountNoView();
    }

    @Test
    @RunAsClient
    void crawlersCountNoView() throws Exception {
        views().crawlersCountNoView();
    }

    @Test
    @RunAsClient
    void staffPreviewsCountNoView() throws Exception {
        views().staffPreviewsCountNoView();
    }

    @Test
    @RunAsClient
    void aScriptRotatingCookiesIsCappedPerAddress() throws Exception {
        views().aScriptRotatingCookiesIsCappedPerAddress();
    }

    @Test
    @RunAsClient
    void everyArticleListCanBeWalkedToItsEnd() {
        new ListScenarios(root()).everyListCanBeWalkedToItsEnd();
    }

    @Test
    @RunAsClient
    void sitePagesBeyondTheFirstWork() {
        new ListScenarios(root()).sitePagesBeyondTheFirstWork();
    }

    @Test
    @RunAsClient
    void aBadCursorIsA400NamingCursor() {
        new ListScenarios(root()).aBadCursorIsA400NamingCursor();
    }

    // ---- comments (issue 3): scenarios live in org.inkstone.comment.CommentScenarios -------------------

    /** Articles per slot: no comment scenario uses more than two. */
    private static final int SLOT_SIZE = 2;

    /**
     * Published zh-news articles (not the seed, not the it-* import records), by ascending id: the same list on
     * every call, so a slot names the same articles in every test.
     */
    private List<Long> zhNewsArticles() {
        return SpareArticles.zhNews(root());
    }

    /**
     * The articles of slot {@code slot} (0–19): {@value #SLOT_SIZE} articles no other test comments on, so
     * tests that count comments never see each other's. Slots: 0–12 comment scenarios, 13 the widget, 14–15 the HTTP scenarios, 16–19
     * free for new scenarios; articles from index 40 on carry the XSS payloads.
     */
    private List<Long> articles(int slot) throws Exception {
        return zhNewsArticles().subList(slot * SLOT_SIZE, slot * SLOT_SIZE + SLOT_SIZE);
    }

    private CommentScenarios comments(int slot) throws Exception {
        return new CommentScenarios(root(), articles(slot));
    }

    @Test
    @RunAsClient
    void anonymousCommentIsQueuedSeenByItsWriterAndShownWhenApproved() throws Exception {
        comments(0).anonymousCommentIsQueuedSeenByItsWriterAndShownWhenApproved();
    }

    @Test
    @RunAsClient
    void emailIsNeverShown() throws Exception {
        comments(1).emailIsNeverShown();
    }

    @Test
    @RunAsClient
    void everyBadCaptchaIsRefused() throws Exception {
        comments(2).everyBadCaptchaIsRefused();
    }

    @Test
    @RunAsClient
    void captchaImageIsAnUncachedPng() throws Exception {
        comments(3).captchaImageIsAnUncachedPng();
    }

    @Test
    @RunAsClient
    void busyAccountsGetACaptcha() throws Exception {
        comments(4).busyAccountsGetACaptcha();
    }

    @Test
    @RunAsClient
    void fourByteCharactersRoundTripAndOverLongInputIsRefused() throws Exception {
        comments(5).fourByteCharactersRoundTripAndOverLongInputIsRefused();
    }

    @Test
    @RunAsClient
    void identicalConcurrentPostsStoreOne() throws Exception {
        comments(6).identicalConcurrentPostsStoreOne();
    }

    @Test
    @RunAsClient
    void concurrentDeletesKeepTheCountExact() throws Exception {
        comments(7).concurrentDeletesKeepTheCountExact();
    }

    @Test
    @RunAsClient
    void spoofedForwardedForDoesNotEscapeTheRateLimit() throws Exception {
        comments(8).spoofedForwardedForDoesNotEscapeTheRateLimit(base.getPort(), "/inkstone");
    }

    @Test
    @RunAsClient
    void crossSiteRequestsAreRefusedAndListedOriginsMayEmbed() throws Exception {
        comments(9).crossSiteRequestsAreRefusedAndListedOriginsMayEmbed();
    }

    @Test
    @RunAsClient
    void repliesAreCheckedAndDepthIsCapped() throws Exception {
        comments(10).repliesAreCheckedAndDepthIsCapped();
    }

    @Test
    @RunAsClient
    void moderationQueueFlagsAndBlocks() throws Exception {
        comments(11).moderationQueueFlagsAndBlocks();
    }

    @Test
    @RunAsClient
    void accountsSessionsAndLoginLimits() throws Exception {
        comments(12).accountsSessionsAndLoginLimits();
    }

    @Test
    @RunAsClient
    void everyXssPayloadComesBackSanitizedAndChromiumRunsNone() throws Exception {
        List<Long> all = zhNewsArticles();
        List<Long> pages = comments(0).everyXssPayloadComesBackSanitized(all.subList(40, all.size()));
        String origin = "http://127.0.0.1:" + base.getPort();
        List<String> traces = new java.util.ArrayList<>();
        try (Browser browser = new Browser()) {
            for (int i = 0; i < pages.size(); i += Math.max(1, pages.size() / 25)) { // 25 pages, 20 payloads each
                long id = pages.get(i);
                int shown = (int) Math.min(20, json(get("api/articles/" + id + "/comments")).getJsonArray("items").size());
                browser.scriptTraces(root() + "articles/" + id, shown, origin).forEach(t -> traces.add(id + ": " + t));
            }
        }
        assertEquals(List.of(), traces);
    }

    @Test
    @RunAsClient
    void theWidgetPostsOnTheArticlePageAndOnAnotherSite() throws Exception {
        List<Long> mine = articles(13);
        long onSite = mine.get(0);
        long embedded = mine.get(1);
        com.sun.net.httpserver.HttpServer other = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 18081), 0);
        byte[] page = ("<!DOCTYPE html><html lang=zh-CN><meta charset=utf-8><title>合作媒体</title><h1>合作媒体的页面</h1>"
                + "<div data-inkstone-comments data-article=\"" + embedded + "\"></div><script src=\"" + root() + "assets/comments.js\" defer></script>")
                .getBytes(StandardCharsets.UTF_8);
        other.createContext("/embed.html", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html;charset=UTF-8");
            ex.sendResponseHeaders(200, page.length);
            ex.getResponseBody().write(page);
            ex.close();
        });
        other.start();
        try (Browser browser = new Browser()) {
            String result = browser.postThroughWidget(root() + "articles/" + onSite, "浏览器读者", "用浏览器发表的评论",
                    id -> org.inkstone.comment.TestDb.setCaptchaAnswer(id, "k7mpx"));
            assertTrue(result.endsWith("[pending shown]"), result);
            assertEquals(1, org.inkstone.comment.TestDb.count(
                    "SELECT COUNT(*) FROM comment WHERE article_id = ? AND nickname = '浏览器读者' AND status = 'pending'", onSite));

            String embedResult = browser.postThroughWidget("http://127.0.0.1:18081/embed.html", "外站读者", "从合作网站发表的评论",
                    id -> org.inkstone.comment.TestDb.setCaptchaAnswer(id, "k7mpx"));
            assertTrue(embedResult.contains("[pending"), embedResult);
            assertEquals("留言与评论(共有 0 条评论)", browser.commentHeading());
            assertEquals(1, org.inkstone.comment.TestDb.count(
                    "SELECT COUNT(*) FROM comment WHERE article_id = ? AND nickname = '外站读者' AND status = 'pending'", embedded));
        } finally {
            other.stop(0);
        }
    }

    // ---- accessibility (axe-core) and the widget's language: AccessibilityScenarios, WidgetLocaleScenarios -----

    @Test
    @RunAsClient
    void readerPagesHaveOneH1AndNoSeriousAxeViolations() {
        new AccessibilityScenarios(root()).readerPagesHaveOneH1AndNoSeriousViolations();
    }

    @Test
    @RunAsClient
    void articlePageWithLoadedCommentsHasNoSeriousAxeViolations() {
        new AccessibilityScenarios(root()).articlePageWithLoadedCommentsHasNoSeriousViolations();
    }

    @Test
    @RunAsClient
    void moderationQueueHasNoSeriousAxeViolations() {
        new AccessibilityScenarios(root()).moderationQueueHasNoSeriousViolations();
    }

    @Test
    @RunAsClient
    void anEnglishBrowserSeesAChineseWidgetOnAChinesePage() {
        new WidgetLocaleScenarios(root()).anEnglishBrowserSeesAChineseWidgetOnAChinesePage();
    }

    @Test
    @RunAsClient
    void widgetDataLocaleDecidesAndTheBrowserOnlyWhenThePageSaysNothing() throws Exception {
        new WidgetLocaleScenarios(root()).dataLocaleDecidesAndTheBrowserOnlyWhenThePageSaysNothing();
    }

    @Test
    @RunAsClient
    void theModerationPageSpeaksThePageLanguageInAnEnglishBrowser() {
        new WidgetLocaleScenarios(root()).theModerationPageSpeaksThePageLanguage();
    }

    @Test
    @RunAsClient
    void widgetPickLocaleFollowsDataLocaleThenPageThenBrowser() {
        new WidgetLocaleScenarios(root()).pickLocaleFollowsDataLocaleThenPageThenBrowser();
    }

    @Test
    @RunAsClient
    void anEditorPickLeadsTheRecommendedList() throws Exception {
        long seed = seedId();
        long pick = idOf("it-good-1", "education");
        assertEquals(401, post("api/admin/picks", "wrong", "{\"articleId\":" + pick + ",\"position\":0}").statusCode());
        HttpResponse<String> bad = post("api/admin/picks", TOKEN, "{\"position\":-1}");
        assertEquals(400, bad.statusCode());
        assertTrue(json(bad).getJsonObject("fields").containsKey("articleId"));
        for (String expiry : List.of("2000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z")) { // was 201, and 503 for the second
            HttpResponse<String> r = post("api/admin/picks", TOKEN, "{\"articleId\":" + pick + ",\"position\":1,\"expiresAt\":\"" + expiry + "\"}");
            assertEquals(400, r.statusCode(), expiry + " " + r.body());
            assertEquals(Set.of("expiresAt"), json(r).getJsonObject("fields").keySet(), expiry);
        }
        assertEquals(201, post("api/admin/picks", TOKEN, "{\"articleId\":" + pick + ",\"position\":0}").statusCode());
        JsonArray rec = json(get("api/articles/" + seed)).getJsonArray("recommended");
        assertEquals(pick, rec.getJsonObject(0).getJsonNumber("id").longValue());
    }

    @Test
    @RunAsClient
    void aWithdrawnArticleDisappearsFromPagesSearchAndTheIndex() throws Exception {
        long id = idOf("it-withdraw-1", "education");
        assertTrue(hitIds("撤稿测试").contains(id));
        assertEquals(401, post("api/admin/articles/" + id + "/withdraw", null, "{\"reason\":\"测试\"}").statusCode());
        assertEquals(400, post("api/admin/articles/" + id + "/withdraw", TOKEN, "{}").statusCode(), "a reason is required");
        assertEquals(204, post("api/admin/articles/" + id + "/withdraw", TOKEN, "{\"reason\":\"测试撤稿\"}").statusCode());
        assertEquals(410, get("articles/" + id).statusCode());
        assertEquals(410, get("api/articles/" + id).statusCode());
        assertFalse(hitIds("撤稿测试").contains(id));
        assertEquals(409, post("api/admin/articles/" + id + "/withdraw", TOKEN, "{\"reason\":\"再撤\"}").statusCode());
        JsonArray rec = json(get("api/articles/" + seedId())).getJsonArray("recommended");
        rec.forEach(v -> assertTrue(v.asJsonObject().getJsonNumber("id").longValue() != id));
    }

    @Test
    @RunAsClient
    void aFullRebuildIndexesExactlyThePublishedArticles() throws Exception {
        HttpResponse<String> r = post("api/admin/index/rebuild", TOKEN, null);
        assertEquals(200, r.statusCode());
        long published = json(get("api/articles?size=1")).getJsonNumber("total").longValue();
        assertEquals(published, json(r).getJsonNumber("documents").longValue());
        assertTrue(published >= 1166, "the corpus less at most the withdrawal test's record");
        assertEquals(seedId(), json(get("api/search?q=" + enc("乡村振兴"))).getJsonArray("hits").getJsonObject(0)
                .getJsonNumber("id").longValue());
    }

    // ---- accounts, sessions, names, headers: scenarios live in org.inkstone.account.AccountScenarios ----

    @Test
    @RunAsClient
    void logInWhileLoggedInAuthenticatesOnlyTheGivenCredentials() throws Exception {
        new AccountScenarios(root()).logInWhileLoggedInAuthenticatesOnlyTheGivenCredentials();
    }

    @Test
    @RunAsClient
    void passwordChangeEndsEveryOtherSessionAtOnce() throws Exception {
        new AccountScenarios(root()).passwordChangeEndsEveryOtherSessionAtOnce();
    }

    @Test
    @RunAsClient
    void aLoggedOutSessionIdIsAnonymousWhenReplayed() throws Exception {
        new AccountScenarios(root()).aLoggedOutSessionIdIsAnonymousWhenReplayed();
    }

    @Test
    @RunAsClient
    void readerNamesAreNormalisedAndUniqueByLook() throws Exception {
        new AccountScenarios(root()).readerNamesAreNormalisedAndUniqueByLook();
    }

    @Test
    @RunAsClient
    void pagesCarrySecurityHeadersAndNoInlineCode() throws Exception {
        new AccountScenarios(root()).pagesCarrySecurityHeadersAndNoInlineCode();
    }

    @Test
    @RunAsClient
    void anOriginWithUserInformationIsRefused() throws Exception {
        new AccountScenarios(root()).anOriginWithUserInformationIsRefused();
    }

    // ---- the HTTP contract (ids, bodies, roles, OpenAPI): scenarios live in HttpScenarios ---------------

    /** Four published articles that no other test comments on: slots 14 and 15. */
    private HttpScenarios http() throws Exception {
        List<Long> mine = new java.util.ArrayList<>(articles(14));
        mine.addAll(articles(15));
        return new HttpScenarios(root(), mine, base.getPort());
    }

    @Test
    @RunAsClient
    void parentIdWithFractionIsRefusedNamingTheField() throws Exception {
        http().parentIdWithFractionIsRefusedNamingTheField();
    }

    @Test
    @RunAsClient
    void unknownJsonFieldIsRefusedNamingIt() throws Exception {
        http().unknownJsonFieldIsRefusedNamingIt();
    }

    @Test
    @RunAsClient
    void oversizedBodyIs413BeforeItIsRead() throws Exception {
        http().oversizedBodyIs413BeforeItIsRead();
    }

    @Test
    @RunAsClient
    void deeplyNestedJsonIsRefused() throws Exception {
        http().deeplyNestedJsonIsRefused();
    }

    @Test
    @RunAsClient
    void openApiDocumentParsesAndOmitsAdminPaths() throws Exception {
        http().openApiDocumentParsesAndOmitsAdminPaths();
    }

    @Test
    @RunAsClient
    void anonymousCallerOfAdminApiGets401() throws Exception {
        http().anonymousCallerOfAdminApiGets401();
    }

    @Test
    @RunAsClient
    void readerCallerOfAdminApiGets403() throws Exception {
        http().readerCallerOfAdminApiGets403();
    }

    // ---- media library (issue 9): scenarios live in org.inkstone.media.MediaScenarios -------------------

    @Test
    @RunAsClient
    void mediaUploadsEachFormatAndServesItImmutableWithETag() throws Exception {
        new MediaScenarios(root()).uploadsEachFormatAndServesItImmutableWithETag();
    }

    @Test
    @RunAsClient
    void mediaSameImageTwiceIsStoredOnce() throws Exception {
        new MediaScenarios(root()).theSameImageTwiceIsStoredOnce();
    }

    @Test
    @RunAsClient
    void mediaExifAndGpsNeverLeaveTheServer() throws Exception {
        new MediaScenarios(root()).exifAndGpsNeverLeaveTheServer();
    }

    @Test
    @RunAsClient
    void mediaFilesThatAreNotImagesAreRefusedAndNothingIsStored() throws Exception {
        new MediaScenarios(root()).filesThatAreNotImagesAreRefusedAndNothingIsStored();
    }

    @Test
    @RunAsClient
    void mediaDecompressionBombIsRefusedFast() throws Exception {
        new MediaScenarios(root()).aDecompressionBombIsRefusedFastWithoutDecoding();
    }

    @Test
    @RunAsClient
    void mediaFileOverTheLimitIs413() throws Exception {
        new MediaScenarios(root()).aFileOverTheLimitIs413();
    }

    @Test
    @RunAsClient
    void mediaAltTextAndFileAreRequiredAndNamed() throws Exception {
        new MediaScenarios(root()).altTextAndFileAreRequiredAndNamed();
    }

    @Test
    @RunAsClient
    void mediaOnlyStaffUploadAndList() throws Exception {
        new MediaScenarios(root()).onlyStaffUploadAndList();
    }

    @Test
    @RunAsClient
    void mediaLoggedInEditorUploadsFromTheSamePageOrigin() throws Exception {
        new MediaScenarios(root()).aLoggedInEditorUploadsFromTheSamePageOrigin();
    }

    @Test
    @RunAsClient
    void mediaLibraryListsNewestFirstByCursor() throws Exception {
        new MediaScenarios(root()).theLibraryListsNewestFirstByCursor();
    }

    @Test
    @RunAsClient
    void mediaUnknownOrMalformedUrlsAreThe404Page() throws Exception {
        new MediaScenarios(root()).unknownOrMalformedMediaUrlsAreThe404Page();
    }
    @Test
    @RunAsClient
    void mediaBrokenMultipartBodyIsA4xxNotA500() throws Exception {
        new MediaScenarios(root()).aBrokenMultipartBodyIsA4xxNotA500();
    }
    // ---- end of media library ----------------------------------------------------------------------------

    // ---- newsroom administration (channels, picks, staff accounts): scenarios in org.inkstone.newsroom.AdminScenarios
    // ---- and AdminPageAccessibilityScenarios ------------------------------------------------------------

    @Test
    @RunAsClient
    void channelsAreATwoLevelTreeThatChiefEditorsChange() {
        new org.inkstone.newsroom.AdminScenarios(root()).channelsAreATwoLevelTreeThatChiefEditorsChange();
    }

    @Test
    @RunAsClient
    void editorsListReorderAndRemovePicks() {
        new org.inkstone.newsroom.AdminScenarios(root()).editorsListReorderAndRemovePicks();
    }

    @Test
    @RunAsClient
    void adminsCreateListAndDisableStaffAccounts() {
        new org.inkstone.newsroom.AdminScenarios(root()).adminsCreateListAndDisableStaffAccounts();
    }

    @Test
    @RunAsClient
    void aOneTimePasswordMustBeChangedBeforeAnythingElse() {
        new org.inkstone.newsroom.AdminScenarios(root()).aOneTimePasswordMustBeChangedBeforeAnythingElse();
    }

    @Test
    @RunAsClient
    void newsroomAdminPagesHaveNoSeriousAxeViolations() {
        new AdminPageAccessibilityScenarios(root()).adminPagesHaveOneH1AndNoSeriousViolations();
    }

    @Test
    @RunAsClient
    void aOneTimePasswordLogInPageAsksForTheNewPasswordFirst() {
        new AdminPageAccessibilityScenarios(root()).aOneTimePasswordLogInAsksForTheNewPasswordFirst();
    }

    // ---- newsroom (issue 9): scenarios live in org.inkstone.newsroom.NewsroomScenarios ----------------------

    private org.inkstone.newsroom.NewsroomScenarios newsroom() {
        return new org.inkstone.newsroom.NewsroomScenarios(root());
    }

    @Test
    @RunAsClient
    void newsroomEveryStateActionAndRoleAnswersOverHttp() {
        newsroom().everyStateActionAndRoleAnswersOverHttp();
    }

    @Test
    @RunAsClient
    void newsroomThreeApproversPublishAndReadersFindItAtOnce() {
        newsroom().threeApproversPublishAndReadersFindItAtOnce();
    }

    @Test
    @RunAsClient
    void newsroomAStaleSaveGetsTheConflictWithTheCurrentVersion() {
        newsroom().aStaleSaveGetsTheConflictWithTheCurrentVersion();
    }

    @Test
    @RunAsClient
    void newsroomRevisionsDiffRestoreAndHistory() {
        newsroom().revisionsDiffRestoreAndHistory();
    }

    @Test
    @RunAsClient
    void newsroomWorkingCopiesAndDeletingADraft() {
        newsroom().workingCopiesAndDeletingADraft();
    }

    @Test
    @RunAsClient
    void newsroomACorrectionGoesLiveWithADatedNote() {
        newsroom().aCorrectionGoesLiveWithADatedNote();
    }

    @Test
    @RunAsClient
    void newsroomAWithdrawnArticleIsGoneEverywhereAndRestoresToDraft() {
        newsroom().aWithdrawnArticleIsGoneEverywhereAndRestoresToDraft();
    }

    @Test
    @RunAsClient
    void newsroomTheAdminWithdrawEndpointNeedsAReason() {
        newsroom().theAdminWithdrawEndpointNeedsAReason();
    }

    @Test
    @RunAsClient
    void newsroomAScheduledArticleGoesLiveOnTime() throws Exception {
        newsroom().aScheduledArticleGoesLiveOnTime();
    }

    @Test
    @RunAsClient
    void newsroomBadInputIsRefusedAndNothingStored() {
        newsroom().badInputIsRefusedAndNothingStored();
    }

    @Test
    @RunAsClient
    void newsroomSensitiveWordsNeedAnAcknowledgementThatIsAudited() {
        newsroom().sensitiveWordsNeedAnAcknowledgementThatIsAudited();
    }

    @Test
    @RunAsClient
    void newsroomThePreviewIsForStaffAndNeverCachedOrIndexed() {
        newsroom().thePreviewIsForStaffAndNeverCachedOrIndexed();
    }

    @Test
    @RunAsClient
    void newsroomTheListFiltersCountsAndPages() {
        newsroom().theListFiltersCountsAndPages();
    }
    // ---- end newsroom ----

    // ---- newsroom testers' findings (wt-wfix): scenarios in org.inkstone.newsroom.NewsroomScenarios ----------
    @Test
    @RunAsClient
    void newsroomEveryFieldChangeAfterSubmitGoesBackToReview() {
        newsroom().everyFieldChangeAfterSubmitGoesBackToReviewAndScheduledPublishKeepsTheTime();
    }

    @Test
    @RunAsClient
    void newsroomAOncePublishedDraftIsNeverDeleted() {
        newsroom().aOncePublishedDraftIsNeverDeleted();
    }

    @Test
    @RunAsClient
    void newsroomNobodyWhoWroteTheVersionApprovesOrPublishesIt() {
        newsroom().nobodyWhoWroteTheVersionApprovesOrPublishesIt();
    }

    @Test
    @RunAsClient
    void newsroomCorrectionsNeedANoteAtSubmitAndNoOpSavesChangeNothing() {
        newsroom().correctionsNeedANoteAtSubmitAndNoOpSavesChangeNothing();
    }

    @Test
    @RunAsClient
    void newsroomTitlesBodiesWorkingCopiesAndCaching() {
        newsroom().titlesBodiesWorkingCopiesAndCaching();
    }
    // ---- end newsroom testers' findings ----

    // ---- fix: correction notes ----
    @Test
    @RunAsClient
    void fixCorrectionNotesClearOnRepublicationAfterWithdrawal() {
        new org.inkstone.syndication.CorrectionNoteScenarios(root()).aRepublicationAfterWithdrawalClearsTheCorrection();
    }

    @Test
    @RunAsClient
    void fixCorrectionNotesACorrectionNeedsANoteOtherThanTheLiveOne() {
        new org.inkstone.syndication.CorrectionNoteScenarios(root()).aCorrectionNeedsANoteOtherThanTheLiveOne();
    }
    // ---- end fix: correction notes ----

    // ---- near-duplicates (issue 11, wt-dup): scenarios in org.inkstone.newsroom.NearDuplicateScenarios ----------
    @Test
    @RunAsClient
    void dupADraftRepeatingAPublishedArticleIsWarnedUntilItsTextChanges() {
        new org.inkstone.newsroom.NearDuplicateScenarios(root()).aDraftRepeatingAPublishedArticleIsWarnedUntilItsTextChanges();
    }
    // ---- end near-duplicates ----

    // ---- newsroom pages and Chromium journeys (issue 9): scenarios live in org.inkstone.web.NewsroomJourneys ----

    @Test
    @RunAsClient
    void newsroomReporterWritesUploadsSubmitsAndThreeLevelsPublish() {
        new NewsroomJourneys(root()).aReporterWritesUploadsAndSubmitsThreeStaffApproveAndItIsLiveWithinTwoSeconds();
    }

    @Test
    @RunAsClient
    void newsroomScheduledArticleGoesLiveOnTime() {
        new NewsroomJourneys(root()).aScheduledArticleGoesLiveOnTime();
    }

    @Test
    @RunAsClient
    void newsroomWithdrawnArticleIs410AndGoneEverywhere() {
        new NewsroomJourneys(root()).aWithdrawnArticleAnswers410AndIsGoneEverywhere();
    }

    @Test
    @RunAsClient
    void newsroomSecondEditorGetsTheConflictView() {
        new NewsroomJourneys(root()).theSecondOfTwoEditorsGetsTheConflictView();
    }

    @Test
    @RunAsClient
    void newsroomAuthorCannotApproveOwnVersion() {
        new NewsroomJourneys(root()).theAuthorCannotApproveTheirOwnVersion();
    }

    @Test
    @RunAsClient
    void newsroomPastedWordAndWeChatHtmlIsCleaned() {
        new NewsroomJourneys(root()).pastedWordAndWeChatHtmlIsCleaned();
    }

    @Test
    @RunAsClient
    void newsroomPagesAreForStaffOnly() {
        new NewsroomJourneys(root()).newsroomPagesAreForStaffOnly();
    }

    @Test
    @RunAsClient
    void newsroomPagesHaveNoSeriousAccessibilityViolations() {
        new NewsroomJourneys(root()).newsroomPagesHaveNoSeriousViolations();
    }

    @Test
    @RunAsClient
    void newsroomExpiredSessionLosesNothingAndAutosaveKeepsAWorkingCopy() {
        new NewsroomJourneys(root()).anExpiredSessionLosesNothingAndAutosaveKeepsAWorkingCopy();
    }

    // ---- end of newsroom pages and journeys ---------------------------------------------------------------

    // ---- newsroom polish: cover image on the page, API and preview; the review queue (delegates to CoverAndQueueScenarios) ----

    private org.inkstone.newsroom.CoverAndQueueScenarios coverAndQueue() {
        return new org.inkstone.newsroom.CoverAndQueueScenarios(root());
    }

    @Test
    @RunAsClient
    void newsroomAPublishedCoverIsOnThePageTheApiAndThePreview() {
        coverAndQueue().aPublishedCoverIsOnThePageTheApiAndThePreview();
    }

    @Test
    @RunAsClient
    void newsroomTheReviewQueueLeavesOutWhatTheCallerAlreadyApproved() {
        coverAndQueue().theReviewQueueLeavesOutWhatTheCallerAlreadyApproved();
    }
    // ---- end newsroom polish ----

    // ---- syndication: items ----

    private org.inkstone.syndication.ItemScenarios items() {
        return new org.inkstone.syndication.ItemScenarios(root());
    }

    @Test
    @RunAsClient
    void itemsAPublishedArticleWithACoverCarriesItsFieldsInBothFormats() throws Exception {
        items().aPublishedArticleWithACoverCarriesItsFieldsInBothFormats();
    }

    @Test
    @RunAsClient
    void itemsACorrectionIsVersionTwoOfTheSameUri() throws Exception {
        items().aCorrectionIsVersionTwoOfTheSameUri();
    }

    @Test
    @RunAsClient
    void itemsAWithdrawalIsAKillNoticeInBothFormats() throws Exception {
        items().aWithdrawalIsAKillNoticeInBothFormats();
    }

    @Test
    @RunAsClient
    void itemsPreviewsAreForStaffOnly() {
        items().previewsAreForStaffOnly();
    }
    // ---- end syndication: items ----

    // ---- syndication: feeds ----

    private org.inkstone.syndication.FeedScenarios feeds() {
        return new org.inkstone.syndication.FeedScenarios(root());
    }

    @Test
    @RunAsClient
    void feedAnswersWithValidatorsAndNotModified() {
        feeds().answersWithValidatorsAndNotModified();
    }

    @Test
    @RunAsClient
    void feedFollowsPublicationsCorrectionsAndWithdrawals() {
        feeds().followsPublicationsCorrectionsAndWithdrawals();
    }

    @Test
    @RunAsClient
    void feedChannelPagesAndChannelFeedsMatchApart() {
        feeds().channelPagesAndChannelFeedsMatchApart();
    }

    @Test
    @RunAsClient
    void feedPagesAdvertiseFeedsThatAnswer() {
        feeds().pagesAdvertiseFeedsThatAnswer();
    }
    // ---- end syndication: feeds ----

    // ---- syndication: push ----
    private org.inkstone.syndication.PushScenarios push() {
        return new org.inkstone.syndication.PushScenarios(root());
    }

    @Test
    @RunAsClient
    void pushAPublishPushesExactlyOneSignedDocumentToEachSubscriber() {
        push().aPublishPushesExactlyOneSignedDocumentToEachSubscriber();
    }

    @Test
    @RunAsClient
    void pushServerErrorsAreRetriedWithTheSameUidAndOther4xxFailAtOnce() {
        push().serverErrorsAreRetriedWithTheSameUidAndOther4xxFailAtOnce();
    }

    @Test
    @RunAsClient
    void pushACorrectionIsANewVersionAndAWithdrawalAKillNotice() {
        push().aCorrectionIsANewVersionAndAWithdrawalAKillNotice();
    }

    @Test
    @RunAsClient
    void pushAPausedPartnerGetsNothingUntilResumed() {
        push().aPausedPartnerGetsNothingUntilResumed();
    }

    @Test
    @RunAsClient
    void pushAPartnerNotSubscribedToTheChannelGetsNothing() {
        push().aPartnerNotSubscribedToTheChannelGetsNothing();
    }

    @Test
    @RunAsClient
    void pushRegistrationRefusesPrivateEndpointsAndShowsCredentialsOnce() {
        push().registrationRefusesPrivateEndpointsAndShowsCredentialsOnce();
    }

    @Test
    @RunAsClient
    void pushPartnersAndDeliveriesAreForAdminsOnly() {
        push().partnersAndDeliveriesAreForAdminsOnly();
    }

    @Test
    @RunAsClient
    void pushBackfillQueuesTheNewestItemsOfThePartnersChannels() {
        push().backfillQueuesTheNewestItemsOfThePartnersChannels();
    }
    @Test
    @RunAsClient
    void pushRedirectsAreFollowedOnlyAs307Or308ToAllowedAddresses() {
        push().redirectsAreFollowedOnlyAs307Or308ToAllowedAddresses();
    }
    @Test
    @RunAsClient
    void pushAReceiverThatStallsInTheBodyHoldsASenderOnlyUntilTheTimeout() throws Exception {
        push().aReceiverThatStallsInTheBodyHoldsASenderOnlyUntilTheTimeout();
    }

    // ---- end syndication: push ----


    // ---- syndication: pull ----

    private org.inkstone.syndication.PullScenarios pull() {
        return new org.inkstone.syndication.PullScenarios(root());
    }

    @Test
    @RunAsClient
    void pullANewPartnerSeesNothingFromBeforeItsRegistration() {
        pull().aNewPartnerSeesNothingFromBeforeItsRegistration();
    }

    @Test
    @RunAsClient
    void pullAPublicationAppearsAsItsDocument() {
        pull().aPublicationAppearsAsItsDocument();
    }

    @Test
    @RunAsClient
    void pullACorrectionAppearsOnceAtTheEndWithVersion2() {
        pull().aCorrectionAppearsOnceAtTheEndWithVersion2();
    }

    @Test
    @RunAsClient
    void pullAWithdrawalIsACanceledKillNotice() {
        pull().aWithdrawalIsACanceledKillNotice();
    }

    @Test
    @RunAsClient
    void pullAPartnerGetsItsChannelsAndTheirChildrenOnly() {
        pull().aPartnerGetsItsChannelsAndTheirChildrenOnly();
    }

    @Test
    @RunAsClient
    void pullCursorWalkingReturnsEveryItemExactlyOnce() {
        pull().cursorWalkingReturnsEveryItemExactlyOnce();
    }

    @Test
    @RunAsClient
    void pullAWrongKeyIs401WhetherOrNotTheItemExists() {
        pull().aWrongKeyIs401WhetherOrNotTheItemExists();
    }

    @Test
    @RunAsClient
    void pullServedDocumentsValidateInBothFormats() {
        pull().servedDocumentsValidateInBothFormats();
    }

    @Test
    @RunAsClient
    void pullAnAdminRegistersAPartnerInTheBrowserSeesItsKeyOnceAndRotatesIt() {
        new PartnerJourneys(root()).anAdminRegistersAPartnerSeesItsKeyOnceAndRotatesIt();
    }
    // ---- end syndication: pull ----

    // ---- related: stored lists ----

    private org.inkstone.article.RelatedScenarios relatedLists() {
        return new org.inkstone.article.RelatedScenarios(root(), TOKEN);
    }

    @Test
    @RunAsClient
    void relatedARewriteEntersTheStoryListWithinFiveSecondsAndLeavesItWhenWithdrawn() throws Exception {
        relatedLists().aRewriteEntersTheStoryListWithinFiveSecondsAndLeavesItWhenWithdrawn();
    }

    @Test
    @RunAsClient
    void relatedTheFullRecomputeRunsOnceAtATimeAndReportsItsProgress() throws Exception {
        relatedLists().theFullRecomputeRunsOnceAtATimeAndReportsItsProgress();
    }
    // ---- end related: stored lists ----
}
