package org.inkstone.account;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.inkstone.comment.TestDb;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.StringReader;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * System tests of log-in, password changes, reader names and response headers, run by {@code SiteIT} against
 * its one deployment. Each instance has its own random tag (in user and display names) and its own range of
 * client addresses (sent as {@code X-Forwarded-For}; the test server trusts 127.0.0.1), so scenarios share no
 * accounts, sessions or rate limits, with each other or with earlier runs on the same database.
 */
public final class AccountScenarios {

    private static final String PASSWORD = "correct horse battery";
    /** The admin account's password in the integration tests ({@code it-system.properties}). */
    private static final String ADMIN_PASSWORD = "it-admin-password";

    private final String root;
    private final String tag;
    private final int net;
    private int nextHost;

    /** {@code root}: the application root URL, e.g. {@code http://127.0.0.1:8080/inkstone/}. */
    public AccountScenarios(String root) {
        this.root = root;
        SecureRandom random = new SecureRandom();
        this.tag = String.format("%08d", random.nextInt(100_000_000)); // digits only: no reserved word can appear
        this.net = 16 * 256 + random.nextInt(240 * 256); // 10.16.0.x to 10.255.255.x: apart from the comment tests' 10.0–15.x
        this.nextHost = 1;
    }

    /** A reader with its own cookie jar at its own client address, one of the 254 of this instance's /24. */
    final class Reader {
        final String clientIp;
        final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).build();

        Reader() {
            int host;
            synchronized (AccountScenarios.this) {
                host = nextHost++;
            }
            if (host > 254) {
                throw new IllegalStateException("more than 254 readers in one scenario");
            }
            clientIp = "10." + (net >> 8) + "." + (net & 255) + "." + host;
        }

        HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create(root + path)).header("X-Forwarded-For", clientIp);
        }

        HttpResponse<String> send(HttpRequest.Builder b) {
            try {
                return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        HttpResponse<String> get(String path) {
            return send(request(path));
        }

        HttpResponse<String> post(String path, String json) {
            return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        HttpResponse<String> put(String path, String json) {
            return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
        }

        HttpResponse<String> register(String username, String displayName) {
            return post("api/accounts", "{\"username\":" + str(username) + ",\"displayName\":" + str(displayName)
                    + ",\"password\":" + str(PASSWORD) + "}");
        }

        HttpResponse<String> logIn(String username, String password) {
            return post("api/session", "{\"username\":" + str(username) + ",\"password\":" + str(password) + "}");
        }

        HttpResponse<String> changePassword(String current, String next) {
            return put("api/accounts/me/password", "{\"currentPassword\":" + str(current) + ",\"newPassword\":" + str(next) + "}");
        }

        JsonObject session() {
            HttpResponse<String> r = get("api/session");
            assertEquals(200, r.statusCode(), r.body());
            return json(r);
        }

        String sessionId() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue).findFirst().orElse(null);
        }
    }

    private static String str(String s) {
        return Json.createArrayBuilder().add(s).build().toString().replaceAll("^\\[|\\]$", "");
    }

    private static JsonObject json(HttpResponse<String> r) {
        try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readObject();
        }
    }

    private static void assertError(HttpResponse<String> r, int status, String code) {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals(code, json(r).getString("code"), r.body());
    }

    /** Registers {@code username} (from a fresh address: registrations are limited per address) and checks the 201. */
    private String registered(String username, String displayName) {
        HttpResponse<String> r = new Reader().register(username, displayName);
        assertEquals(201, r.statusCode(), r.body());
        return username;
    }

    private static void assertLoggedInAs(Reader reader, String username) {
        JsonObject me = reader.session();
        assertTrue(me.getBoolean("authenticated"), me.toString());
        assertEquals(username, me.getString("username"));
    }

    private static void assertAnonymous(Reader reader) {
        JsonObject me = reader.session();
        assertFalse(me.getBoolean("authenticated"), me.toString());
    }

    // ---------------------------------------------------------------------------------------------------

    /**
     * Fault 1: from reader A's session, a log-in as B with a wrong password (or as nobody) answered 200 with A's
     * details and left A logged in. Now it is 401 and nobody is logged in on that session; B's right password
     * gives B's session under a new session id, and A's old session id is dead.
     */
    public void logInWhileLoggedInAuthenticatesOnlyTheGivenCredentials() throws Exception {
        String a = registered("la_" + tag, "登录甲" + tag);
        String b = registered("lb_" + tag, "登录乙" + tag);
        Reader reader = new Reader();

        assertEquals(200, reader.logIn(a, PASSWORD).statusCode());
        assertLoggedInAs(reader, a);
        assertError(reader.logIn(b, "wrong password"), 401, "invalid_credentials");
        assertAnonymous(reader);

        assertEquals(200, reader.logIn(a, PASSWORD).statusCode());
        assertError(reader.logIn("nobody_" + tag, PASSWORD), 401, "invalid_credentials");
        assertAnonymous(reader);

        assertEquals(200, reader.logIn(a, PASSWORD).statusCode());
        assertError(reader.logIn(a, "wrong password"), 401, "invalid_credentials");
        assertAnonymous(reader);

        HttpResponse<String> asA = reader.logIn(a, PASSWORD);
        assertEquals(a, json(asA).getString("username"));
        String sessionOfA = reader.sessionId();
        HttpResponse<String> asB = reader.logIn(b, PASSWORD);
        assertEquals(200, asB.statusCode(), asB.body());
        assertEquals(b, json(asB).getString("username"));
        assertEquals("登录乙" + tag, json(asB).getString("displayName"));
        assertLoggedInAs(reader, b);
        assertNotEquals(sessionOfA, reader.sessionId(), "a new session id at log-in");

        HttpClient bare = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> old = bare.send(HttpRequest.newBuilder(URI.create(root + "api/session"))
                .header("X-Forwarded-For", reader.clientIp).header("Cookie", "JSESSIONID=" + sessionOfA).build(),
                HttpResponse.BodyHandlers.ofString());
        assertFalse(json(old).getBoolean("authenticated"), "A's old session is over: " + old.body());
    }

    /**
     * Fault 2: after a password change the account's other sessions stayed logged in, the old password worked
     * for about 10 s (a cached account), so a second session could change the password again with it, and the
     * change counted as a failed log-in. Now every other session ends at once, the old password fails at once,
     * and successful changes are not counted.
     */
    public void passwordChangeEndsEveryOtherSessionAtOnce() throws Exception {
        String a = registered("pw_" + tag, "改密读者" + tag);
        Reader first = new Reader();
        Reader second = new Reader();
        assertEquals(200, first.logIn(a, PASSWORD).statusCode());
        assertEquals(200, second.logIn(a, PASSWORD).statusCode());
        String firstSession = first.sessionId();

        assertEquals(204, first.changePassword(PASSWORD, "new password one").statusCode());
        assertLoggedInAs(first, a);
        assertNotEquals(firstSession, first.sessionId(), "the changing session continues under a new id");
        assertAnonymous(second);
        assertError(second.changePassword(PASSWORD, "thief's password"), 401, "login_required");
        assertError(new Reader().logIn(a, PASSWORD), 401, "invalid_credentials");
        assertEquals(200, second.logIn(a, "new password one").statusCode());

        // Both sessions are now at the same epoch; the first change wins, the other session is over.
        assertEquals(204, first.changePassword("new password one", "new password two").statusCode());
        assertError(second.changePassword("new password one", "new password three"), 401, "login_required");
        assertAnonymous(second);
        assertError(new Reader().logIn(a, "new password one"), 401, "invalid_credentials");
        assertError(new Reader().logIn(a, "new password three"), 401, "invalid_credentials");

        // Two sessions of one epoch change the password at the same moment: exactly one change wins.
        Reader third = new Reader();
        assertEquals(200, third.logIn(a, "new password two").statusCode());
        List<Reader> racers = List.of(first, third);
        List<HttpResponse<String>> race = org.inkstone.comment.CommentScenarios.parallel(2, i -> racers.get(i).changePassword("new password two", "raced password " + i));
        assertEquals(List.of(204, 401), race.stream().map(HttpResponse::statusCode).sorted().toList(), race.toString());
        int winner = race.get(0).statusCode() == 204 ? 0 : 1;
        assertError(race.get(1 - winner), 401, "login_required");
        assertLoggedInAs(racers.get(winner), a);
        assertAnonymous(racers.get(1 - winner));
        assertError(new Reader().logIn(a, "raced password " + (1 - winner)), 401, "invalid_credentials");
        assertError(new Reader().logIn(a, "new password two"), 401, "invalid_credentials");

        // 11 successful changes from one address: more than the 10 failures an address may have in 15 minutes.
        Reader changer = racers.get(winner);
        String current = "raced password " + winner;
        for (int i = 0; i < 11; i++) {
            String next = "changed password " + i;
            HttpResponse<String> r = changer.changePassword(current, next);
            assertEquals(204, r.statusCode(), "change " + i + ": " + r.body());
            current = next;
        }
        assertEquals(200, changer.logIn(a, current).statusCode(), "successful changes are not failed log-ins");
        assertError(changer.changePassword("not the password", "whatever password"), 403, "invalid_credentials");
        assertLoggedInAs(changer, a);
    }

    /**
     * Issue 12 (replicated sessions): an editor's role holds on successive requests of one session; a log-out
     * ends the session for whoever still has its cookies (here replayed from a cookie-less client with the
     * old {@code JSESSIONID} and {@code JSESSIONIDVERSION}): {@code GET /api/session} is anonymous and a
     * role-protected endpoint is 401. The same replay through another clustered node is checked by hand and by
     * {@code bench/cluster.sh check}; on one node this pins the rule that a log-out leaves nothing behind.
     */
    public void aLoggedOutSessionIdIsAnonymousWhenReplayed() throws Exception {
        Reader admin = new Reader();
        assertEquals(200, admin.logIn("admin", ADMIN_PASSWORD).statusCode());
        String editor = "se_" + tag;
        HttpResponse<String> created = admin.post("api/admin/accounts", "{\"username\":" + str(editor)
                + ",\"displayName\":" + str("会话编辑" + tag) + ",\"password\":" + str(PASSWORD) + ",\"roles\":[\"editor\"]}");
        assertEquals(201, created.statusCode(), created.body());

        Reader desk = new Reader();
        assertEquals(200, desk.logIn(editor, PASSWORD).statusCode());
        JsonObject me = desk.session();
        assertEquals(List.of("reader", "moderator", "reporter", "editor"),
                me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> picks = desk.get("api/admin/picks");
            assertEquals(200, picks.statusCode(), "request " + i + ": " + picks.body());
        }
        String cookies = desk.cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().startsWith("JSESSIONID")).map(c -> c.getName() + "=" + c.getValue())
                .sorted().collect(java.util.stream.Collectors.joining("; "));
        assertTrue(cookies.startsWith("JSESSIONID="), cookies);

        HttpResponse<String> out = desk.send(desk.request("api/session").DELETE());
        assertEquals(204, out.statusCode(), out.body());

        HttpClient bare = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> who = bare.send(desk.request("api/session").header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, who.statusCode(), who.body());
        assertFalse(json(who).getBoolean("authenticated"), "the logged-out session is over: " + who.body());
        HttpResponse<String> picks = bare.send(desk.request("api/admin/picks").header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofString());
        assertError(picks, 401, "login_required");
        assertAnonymous(desk);
    }

    /**
     * Fault 6: display names typed as precomposed and as combining characters were both accepted and stored
     * differently, two readers could hold one name, and an anonymous nickname could copy a reader's. Now names
     * are stored NFC, unique by confusable skeleton (also under concurrent registrations), and anonymous
     * nicknames that look like an account's name are 409 {@code nickname_taken}.
     */
    public void readerNamesAreNormalisedAndUniqueByLook() throws Exception {
        String precomposed = "Jos\u00e9" + tag;
        String combining = "Jose\u0301" + tag;
        Reader reader = new Reader();
        HttpResponse<String> r = reader.register("nfc_" + tag, combining);
        assertEquals(201, r.statusCode(), r.body());
        assertEquals(precomposed, json(r).getString("displayName"));
        assertEquals(HexFormat.of().formatHex(precomposed.getBytes(StandardCharsets.UTF_8)), HexFormat.of().formatHex(
                TestDb.bytes("SELECT display_name FROM account WHERE username = ?", "nfc_" + tag)), "stored NFC");
        assertError(new Reader().register("nfc2_" + tag, precomposed), 409, "display_name_taken");
        assertError(new Reader().register("nfc3_" + tag, "JOSE\u0301 " + tag), 409, "display_name_taken");

        registered("zs_" + tag, "张三" + tag);
        for (String lookAlike : List.of("张三" + tag, "张 三" + tag, "张三!" + tag, "张三" + tag.replace('0', 'O').replace('1', 'l'))) {
            HttpResponse<String> taken = new Reader().register("zs" + Math.abs(lookAlike.hashCode() % 100_000) + "_" + tag, lookAlike);
            assertError(taken, 409, "display_name_taken");
            assertTrue(json(taken).getJsonObject("fields").containsKey("displayName"), taken.body());
        }
        assertEquals(1, TestDb.count("SELECT COUNT(*) FROM account WHERE username LIKE ?", "zs%\\_" + tag));

        // Concurrent registrations of one name: the unique column lets exactly one win.
        String contested = "同名读者" + tag;
        List<Integer> statuses = org.inkstone.comment.CommentScenarios.parallel(8, i -> new Reader().register("race" + i + "_" + tag, contested).statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(7, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        assertEquals(1, TestDb.count("SELECT COUNT(*) FROM account WHERE display_name = ?", contested));

        // Anonymous writers cannot pass as a registered reader. The name check comes before the CAPTCHA, so no
        // comment is stored here; each attempt from a fresh address (anonymous posts are limited per address).
        long article = anyPublishedArticle();
        String path = "api/articles/" + article + "/comments";
        for (String nickname : List.of("张三" + tag, "张 三" + tag, combining, precomposed, "jos\u00e9" + tag, contested)) {
            HttpResponse<String> copy = new Reader().post(path, comment(nickname));
            assertError(copy, 409, "nickname_taken");
            assertTrue(json(copy).getJsonObject("fields").containsKey("nickname"), copy.body());
        }
        assertError(new Reader().post(path, comment("路人" + tag)), 400, "captcha_required");
        assertEquals(0, TestDb.count("SELECT COUNT(*) FROM comment WHERE nickname LIKE ?", "%" + tag));
    }

    /**
     * Fault 8: pages had no security headers. Pages (also error pages) carry the CSP, nosniff and the referrer
     * policy and contain no inline script, style or event handler; assets and the API carry nosniff only, and
     * no cross-origin resource policy, so other sites still load the widget.
     */
    public void pagesCarrySecurityHeadersAndNoInlineCode() {
        String csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; "
                + "base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
        Reader reader = new Reader();
        long article = anyPublishedArticle();
        for (String page : List.of("", "articles/" + article, "channels/sports", "search?q=%E6%96%B0%E9%97%BB", "login",
                "no/such/page", "articles/0")) {
            HttpResponse<String> r = reader.get(page);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page);
            assertEquals(List.of(csp), r.headers().allValues("Content-Security-Policy"), page);
            assertEquals(List.of("nosniff"), r.headers().allValues("X-Content-Type-Options"), page);
            assertEquals(List.of("strict-origin-when-cross-origin"), r.headers().allValues("Referrer-Policy"), page);
            Document doc = Jsoup.parse(r.body());
            for (Element script : doc.select("script")) {
                assertFalse(script.attr("src").isEmpty(), page + ": inline script " + script);
                assertEquals("", script.data().strip(), page);
            }
            assertEquals(0, doc.select("style, [style]").size(), page + ": inline style");
            for (Element e : doc.getAllElements()) {
                for (Attribute attr : e.attributes()) {
                    assertFalse(attr.getKey().toLowerCase().startsWith("on"), page + ": event handler " + e);
                    assertFalse(attr.getValue().strip().toLowerCase().startsWith("javascript:"), page + ": " + e);
                }
            }
        }
        for (String asset : List.of("assets/comments.js", "assets/login.js", "assets/css/site.css")) {
            HttpResponse<String> r = reader.send(reader.request(asset).header("Origin", "http://embed.example:8081")
                    .header("Sec-Fetch-Site", "cross-site"));
            assertEquals(200, r.statusCode(), asset);
            assertEquals(List.of("nosniff"), r.headers().allValues("X-Content-Type-Options"), asset);
            assertEquals(List.of(), r.headers().allValues("Content-Security-Policy"), asset);
            assertEquals(List.of(), r.headers().allValues("Cross-Origin-Resource-Policy"), asset);
        }
        HttpResponse<String> api = reader.send(reader.request("api/session").header("Origin", "http://embed.example:8081"));
        assertEquals(List.of("nosniff"), api.headers().allValues("X-Content-Type-Options"));
        assertEquals(List.of(), api.headers().allValues("Content-Security-Policy"));
        assertEquals("http://embed.example:8081", api.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    /** Fault 11: {@code Origin: http://evil.test@host:port} passed the same-host check. */
    public void anOriginWithUserInformationIsRefused() {
        Reader reader = new Reader();
        String authority = URI.create(root).getRawAuthority();
        String body = "{\"username\":\"nobody_" + tag + "\",\"password\":\"wrong password\"}";
        for (String origin : List.of("http://evil.test@" + authority, "http://" + authority + "@evil.test",
                "http://" + authority + "/", "null")) {
            assertError(reader.send(reader.request("api/session").header("Origin", origin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))), 403, "cross_site_refused");
        }
        assertError(reader.send(reader.request("api/session").header("Origin", "http://" + authority).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))), 401, "invalid_credentials");
    }

    private long anyPublishedArticle() {
        HttpResponse<String> r = new Reader().get("api/articles?size=1");
        assertEquals(200, r.statusCode(), r.body());
        return json(r).getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static String comment(String nickname) {
        return "{\"nickname\":" + str(nickname) + ",\"body\":\"冒名的评论\"}";
    }
}
