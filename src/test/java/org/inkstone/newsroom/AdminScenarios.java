package org.inkstone.newsroom;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.inkstone.comment.Api;
import org.inkstone.comment.TestDb;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The newsroom administration API over HTTP against the deployed WAR (run by {@code SiteIT}): channels
 * ({@code /api/admin/channels}), editor picks ({@code /api/admin/picks}) and staff accounts
 * ({@code /api/admin/accounts}), with bad input, wrong roles and anonymous callers, and the one-time password
 * flow. Each scenario makes its own channels and accounts (names carry a per-run suffix) and deletes the
 * channels it made; it uses published articles of {@code sports} without changing them.
 */
public final class AdminScenarios {

    /** The admin account's password in the test server's configuration. */
    public static final String ADMIN_PASSWORD = "it-admin-password";
    private static final String TOKEN = "it-admin-token";
    private static final String PASSWORD = "correct horse battery";

    private final String root;
    private final String run = Long.toString(System.nanoTime() % 2_000_000_000L, 36);

    public AdminScenarios(String root) {
        this.root = root;
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private static HttpResponse<String> send(Api api, String method, String path, String json, boolean token) {
        HttpRequest.Builder b = api.request(path).method(method,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (token) {
            b.header("Authorization", "Bearer " + TOKEN);
        }
        return api.send(b);
    }

    /** A call with the admin token (scripts' way in; acts with the admin role and no account). */
    private HttpResponse<String> admin(String method, String path, String json) {
        return send(new Api(root), method, path, json, true);
    }

    private static void assertError(HttpResponse<String> r, int status, String code, String field) {
        assertEquals(status, r.statusCode(), r.body());
        JsonObject e = Api.json(r);
        assertEquals(status, e.getInt("status"), r.body());
        assertEquals(code, e.getString("code"), r.body());
        assertFalse(e.getString("message").isBlank());
        if (field != null) {
            assertTrue(e.getJsonObject("fields").containsKey(field), r.body());
        }
    }

    /** Creates a staff account through the API (token) and returns a client logged in as it. */
    private Api staff(String prefix, String role) {
        String username = prefix + "_" + run;
        HttpResponse<String> r = admin("POST", "api/admin/accounts", "{\"username\":\"" + username + "\",\"displayName\":"
                + Api.str(prefix + run) + ",\"password\":\"" + PASSWORD + "\",\"roles\":[\"" + role + "\"]}");
        assertEquals(201, r.statusCode(), r.body());
        return new Api(root).logIn(username, PASSWORD);
    }

    private static long id(HttpResponse<String> r) {
        return Api.json(r).getJsonNumber("id").longValue();
    }

    private List<Long> sportsArticles(int n) {
        JsonArray items = Api.json(new Api(root).get("api/articles?channel=sports&size=" + n)).getJsonArray("items");
        List<Long> ids = new ArrayList<>();
        items.forEach(v -> ids.add(v.asJsonObject().getJsonNumber("id").longValue()));
        return ids;
    }

    private static List<String> channelIds(JsonObject list) {
        return list.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("id")).toList();
    }

    // ---- channels ----------------------------------------------------------------------------------------

    /** The tree (two levels), bad input, hiding, reordering, renaming and delete-only-when-empty. */
    public void channelsAreATwoLevelTreeThatChiefEditorsChange() {
        String top = "it-top-" + run, kid = "it-kid-" + run, kid2 = "it-kid2-" + run;
        Api anonymous = new Api(root);
        assertError(anonymous.get("api/admin/channels"), 401, "login_required", null);
        Api editor = staff("ch_ed", "editor");
        assertError(editor.get("api/admin/channels"), 403, "forbidden", null);
        assertError(send(editor, "POST", "api/admin/channels", "{\"id\":\"x-" + run + "\",\"name\":\"x\"}", false), 403, "forbidden", null);
        Api chief = staff("ch_chief", "chief-editor");

        // the pages: anonymous visitors go to the log-in page, each page wants its own role
        HttpResponse<String> toLogin = anonymous.get("newsroom/channels");
        assertEquals(303, toLogin.statusCode());
        assertTrue(toLogin.headers().firstValue("Location").orElse("").contains("/login?return="), toLogin.headers().toString());
        HttpResponse<String> refused = editor.get("newsroom/channels");
        assertEquals(403, refused.statusCode());
        org.jsoup.nodes.Document refusedPage = org.jsoup.Jsoup.parse(refused.body());
        assertEquals("返回编辑部", refusedPage.select("a[href$=/newsroom]").text(), "a staff member's 403 page leads back");
        HttpResponse<String> picksPage = editor.get("newsroom/picks");
        assertEquals(200, picksPage.statusCode());
        org.jsoup.nodes.Document picks = org.jsoup.Jsoup.parse(picksPage.body());
        assertEquals(List.of("稿件", "写稿", "审核", "定时", "推荐位"), picks.select("nav.newsroom-nav a").eachText(),
                "an editor's navigation: no 栏目, no 账号");
        assertEquals("退出", picks.select("nav.newsroom-nav button#nr-logout").text());
        assertTrue(picks.select("nav.newsroom-nav .nr-user-name").text().endsWith("（编辑）"), picks.select("nav.newsroom-nav").html());
        assertEquals(200, chief.get("newsroom/channels").statusCode());
        assertEquals(403, chief.get("newsroom/accounts").statusCode());
        assertEquals(404, chief.get("newsroom/elsewhere-" + run).statusCode());

        HttpResponse<String> created = send(chief, "POST", "api/admin/channels", "{\"id\":\"" + top + "\",\"name\":\"顶层" + run + "\"}", false);
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(JsonValue.NULL, Api.json(created).get("parent"));
        assertEquals(201, send(chief, "POST", "api/admin/channels",
                "{\"id\":\"" + kid + "\",\"name\":\"子甲" + run + "\",\"parent\":\"" + top + "\"}", false).statusCode());
        assertEquals(201, send(chief, "POST", "api/admin/channels",
                "{\"id\":\"" + kid2 + "\",\"name\":\"子乙" + run + "\",\"parent\":\"" + top + "\"}", false).statusCode());

        assertError(send(chief, "POST", "api/admin/channels", "{\"id\":\"" + top + "\",\"name\":\"别名" + run + "\"}", false), 409, "channel_exists", "id");
        assertError(send(chief, "POST", "api/admin/channels", "{\"id\":\"it-dup-" + run + "\",\"name\":\"体育\"}", false), 409, "channel_name_taken", "name");
        assertError(send(chief, "POST", "api/admin/channels", "{\"id\":\"it-deep-" + run + "\",\"name\":\"孙" + run + "\",\"parent\":\"" + kid + "\"}", false), 400, "invalid_parameter", "parent");
        assertError(send(chief, "POST", "api/admin/channels", "{\"id\":\"it-orph-" + run + "\",\"name\":\"孤" + run + "\",\"parent\":\"no-such-" + run + "\"}", false), 400, "invalid_parameter", "parent");
        assertError(send(chief, "POST", "api/admin/channels", "{\"id\":\"it-long-" + run + "\",\"name\":\"" + "长".repeat(33) + "\"}", false), 400, "invalid_parameter", "name");
        assertError(send(chief, "POST", "api/admin/channels", "{\"id\":\"Bad!\",\"name\":\"坏\"}", false), 400, "invalid_parameter", "id");
        assertError(send(chief, "POST", "api/admin/channels", "{\"id\":\"" + "a".repeat(33) + "\",\"name\":\"坏\"}", false), 400, "invalid_parameter", "id");
        assertError(send(chief, "POST", "api/admin/channels", "{\"id\":\"it-x-" + run + "\",\"name\":\"x\",\"junk\":1}", false), 400, "unknown_field", "junk");

        JsonObject tree = Api.json(chief.get("api/admin/channels"));
        JsonObject node = tree.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("id").equals(top)).findFirst().orElseThrow();
        assertEquals(List.of(kid, kid2), channelIds(Json.items(node.getJsonArray("children"))));

        // readers: the list carries the children with their parent; the navigation shows top-level channels only
        JsonObject list = Api.json(anonymous.get("api/channels"));
        List<String> ids = channelIds(list);
        assertEquals(List.of(top, kid, kid2), ids.subList(ids.indexOf(top), ids.indexOf(top) + 3));
        assertEquals(top, list.getJsonArray("items").getJsonObject(ids.indexOf(kid)).getString("parent"));
        String home = anonymous.get("").body();
        assertTrue(home.contains("/channels/" + top + "\""));
        assertFalse(home.contains("<a href=\"/inkstone/channels/" + kid + "\">子甲"), "second-level channels are not in the header navigation");

        // reorder the children; a list that is not exactly the level is refused
        assertEquals(204, send(chief, "PUT", "api/admin/channels/order", "{\"parent\":\"" + top + "\",\"ids\":[\"" + kid2 + "\",\"" + kid + "\"]}", false).statusCode());
        List<String> after = channelIds(Api.json(anonymous.get("api/channels")));
        assertEquals(List.of(top, kid2, kid), after.subList(after.indexOf(top), after.indexOf(top) + 3));
        assertError(send(chief, "PUT", "api/admin/channels/order", "{\"parent\":\"" + top + "\",\"ids\":[\"" + kid + "\"]}", false), 400, "invalid_parameter", "ids");
        assertError(send(chief, "PUT", "api/admin/channels/order", "{\"parent\":\"" + top + "\",\"ids\":[\"" + kid + "\",\"" + kid + "\",\"" + kid2 + "\"]}", false), 400, "invalid_parameter", "ids");

        // rename; hide (the channel and its children leave the reader lists, its page keeps working); show again
        HttpResponse<String> renamed = send(chief, "PATCH", "api/admin/channels/" + kid, "{\"name\":\"  新名" + run + " \"}", false);
        assertEquals(200, renamed.statusCode(), renamed.body());
        assertEquals("新名" + run, Api.json(renamed).getString("name"));
        assertError(send(chief, "PATCH", "api/admin/channels/no-such-" + run, "{\"name\":\"无\"}", false), 404, "channel_not_found", null);
        assertError(send(chief, "PATCH", "api/admin/channels/" + kid, "{}", false), 400, "invalid_parameter", "name");
        assertError(send(chief, "PATCH", "api/admin/channels/" + kid, "{\"name\":\"子乙" + run + "\"}", false), 409, "channel_name_taken", "name");
        assertTrue(Api.json(send(chief, "PATCH", "api/admin/channels/" + top, "{\"hidden\":true}", false)).getBoolean("hidden"));
        List<String> visible = channelIds(Api.json(anonymous.get("api/channels")));
        assertFalse(visible.contains(top) || visible.contains(kid) || visible.contains(kid2), visible.toString());
        assertFalse(anonymous.get("").body().contains("/channels/" + top + "\""));
        assertEquals(200, anonymous.get("channels/" + top).statusCode(), "a hidden channel's page keeps working");
        assertEquals(200, send(chief, "PATCH", "api/admin/channels/" + top, "{\"hidden\":false}", false).statusCode());
        assertTrue(channelIds(Api.json(anonymous.get("api/channels"))).contains(top));

        // delete only when empty
        HttpResponse<String> notEmpty = send(chief, "DELETE", "api/admin/channels/" + top, null, false);
        assertError(notEmpty, 409, "channel_not_empty", null);
        assertEquals("栏目“顶层" + run + "”下仍有文章、推荐位或子栏目，不能删除（可以隐藏）", Api.json(notEmpty).getString("message"));
        assertError(send(chief, "DELETE", "api/admin/channels/sports", null, false), 409, "channel_not_empty", null);
        assertError(send(chief, "DELETE", "api/admin/channels/no-such-" + run, null, false), 404, "channel_not_found", null);
        assertError(send(editor, "DELETE", "api/admin/channels/" + kid, null, false), 403, "forbidden", null);
        assertEquals(204, send(chief, "DELETE", "api/admin/channels/" + kid, null, false).statusCode());
        assertEquals(204, send(chief, "DELETE", "api/admin/channels/" + kid2, null, false).statusCode());
        assertEquals(204, send(chief, "DELETE", "api/admin/channels/" + top, null, false).statusCode());
        assertFalse(channelIds(Api.json(anonymous.get("api/channels"))).contains(top));
        assertEquals(404, anonymous.get("channels/" + top).statusCode());
        assertEquals(0, TestDb.count("SELECT COUNT(*) FROM channel WHERE id LIKE ?", "it-%-" + run));
    }

    // ---- picks -------------------------------------------------------------------------------------------

    /** List, reorder, update, delete; expired picks drop out; bad input; roles. Uses a channel made for it. */
    public void editorsListReorderAndRemovePicks() {
        String channel = "it-picks-" + run;
        assertEquals(201, admin("POST", "api/admin/channels", "{\"id\":\"" + channel + "\",\"name\":\"推荐测试" + run + "\"}").statusCode());
        Api anonymous = new Api(root);
        assertError(anonymous.get("api/admin/picks?channel=" + channel), 401, "login_required", null);
        Api reader = new Api(root).registerAndLogIn("pk_reader_" + run, "推荐读者" + run);
        assertError(reader.get("api/admin/picks?channel=" + channel), 403, "forbidden", null);
        Api editor = staff("pk_ed", "editor");

        List<Long> articles = sportsArticles(3);
        List<Long> created = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> r = send(editor, "POST", "api/admin/picks",
                    "{\"channel\":\"" + channel + "\",\"articleId\":" + articles.get(i) + ",\"position\":" + (i + 1) + "}", false);
            assertEquals(201, r.statusCode(), r.body());
            assertEquals("pinned", Api.json(r).getString("status"));
            created.add(Api.json(r).getJsonNumber("id").longValue());
        }
        JsonObject list = Api.json(editor.get("api/admin/picks?channel=" + channel));
        assertEquals(channel, list.getJsonObject("channel").getString("id"));
        JsonArray items = list.getJsonArray("items");
        assertEquals(articles, items.stream().map(v -> v.asJsonObject().getJsonObject("article").getJsonNumber("id").longValue()).toList());
        assertFalse(items.getJsonObject(0).getJsonObject("article").getString("title").isBlank());
        List<Long> pickIds = items.stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
        assertEquals(created, pickIds, "POST answers each new pick's id");

        // reorder: reversed
        List<Long> reversed = List.of(pickIds.get(2), pickIds.get(1), pickIds.get(0));
        assertEquals(204, send(editor, "PUT", "api/admin/picks/order", "{\"channel\":\"" + channel + "\",\"ids\":" + reversed + "}", false).statusCode());
        assertEquals(reversed, Api.json(editor.get("api/admin/picks?channel=" + channel)).getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList());
        assertError(send(editor, "PUT", "api/admin/picks/order", "{\"channel\":\"" + channel + "\",\"ids\":[" + pickIds.get(0) + "]}", false), 400, "invalid_parameter", "ids");
        assertError(send(editor, "PUT", "api/admin/picks/order", "{\"channel\":\"no-such-" + run + "\",\"ids\":[]}", false), 404, "channel_not_found", null);

        // update: position and expiry; an expiry in the past is refused
        String expiry = OffsetDateTime.now().plusDays(3).withNano(0).toString();
        HttpResponse<String> updated = send(editor, "PUT", "api/admin/picks/" + pickIds.get(0), "{\"position\":0,\"expiresAt\":\"" + expiry + "\"}", false);
        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals(0, Api.json(updated).getInt("position"));
        assertEquals(OffsetDateTime.parse(expiry).toInstant(), OffsetDateTime.parse(Api.json(updated).getString("expiresAt")).toInstant());
        assertError(send(editor, "PUT", "api/admin/picks/" + pickIds.get(0), "{\"position\":1,\"expiresAt\":\"2000-01-01T00:00:00Z\"}", false), 400, "invalid_parameter", "expiresAt");
        assertError(send(editor, "PUT", "api/admin/picks/" + pickIds.get(0), "{\"position\":1001}", false), 400, "invalid_parameter", "position");
        assertError(send(editor, "PUT", "api/admin/picks/999999999999", "{\"position\":1}", false), 404, "pick_not_found", null);
        assertError(send(editor, "PUT", "api/admin/picks/abc", "{\"position\":1}", false), 400, "invalid_parameter", null);

        // an expired pick drops out of the list
        TestDb.update("UPDATE editor_pick SET expires_at = '2001-01-01 00:00:00' WHERE id = ?", pickIds.get(1));
        assertEquals(List.of(pickIds.get(0), pickIds.get(2)), Api.json(editor.get("api/admin/picks?channel=" + channel)).getJsonArray("items")
                .stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList());

        // the channel cannot go while it has picks; delete them, then the channel
        assertError(admin("DELETE", "api/admin/channels/" + channel, null), 409, "channel_not_empty", null);
        for (long id : pickIds) {
            assertEquals(204, send(editor, "DELETE", "api/admin/picks/" + id, null, false).statusCode());
        }
        assertError(send(editor, "DELETE", "api/admin/picks/" + pickIds.get(0), null, false), 404, "pick_not_found", null);
        assertEquals(0, Api.json(editor.get("api/admin/picks?channel=" + channel)).getJsonArray("items").size());
        assertError(editor.get("api/admin/picks?channel=no-such-" + run), 404, "channel_not_found", null);
        assertError(editor.get("api/admin/picks?channel=Bad!"), 400, "invalid_parameter", "channel");
        assertEquals(200, editor.get("api/admin/picks").statusCode(), "the site-wide list");
        assertEquals(204, admin("DELETE", "api/admin/channels/" + channel, null).statusCode());
    }

    // ---- accounts ----------------------------------------------------------------------------------------

    /** Create (ready to log in), list, bad input, roles, disable and enable. */
    public void adminsCreateListAndDisableStaffAccounts() {
        Api anonymous = new Api(root);
        assertError(anonymous.get("api/admin/accounts"), 401, "login_required", null);
        Api chief = staff("ac_chief", "chief-editor");
        assertError(chief.get("api/admin/accounts"), 403, "forbidden", null);
        assertError(send(chief, "POST", "api/admin/accounts", "{}", false), 403, "forbidden", null);

        String username = "ac_new_" + run;
        String body = "{\"username\":\"" + username + "\",\"displayName\":\"新编辑" + run + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"editor\"]}";
        HttpResponse<String> created = admin("POST", "api/admin/accounts", body);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject account = Api.json(created);
        assertEquals(username, account.getString("username"));
        assertEquals(List.of("editor"), account.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertFalse(account.getBoolean("disabled"));
        assertFalse(account.getBoolean("mustChangePassword"));
        assertFalse(created.body().contains("password\""), "no password or hash in the answer");
        long id = id(created);

        Api newcomer = new Api(root).logIn(username, PASSWORD);
        JsonObject session = Api.json(newcomer.get("api/session"));
        assertTrue(session.getJsonArray("roles").toString().contains("\"editor\""), session.toString());
        assertFalse(session.getBoolean("passwordChangeRequired"));
        assertEquals(200, newcomer.get("api/admin/picks").statusCode(), "an editor's endpoint");

        assertError(admin("POST", "api/admin/accounts", body.replace("新编辑" + run, "另一位" + run)), 409, "username_taken", "username");
        assertError(admin("POST", "api/admin/accounts", body.replace(username, "ac_other_" + run)), 409, "display_name_taken", "displayName");
        record Bad(String json, String field) {
        }
        for (Bad bad : List.of(
                new Bad(body.replace("[\"editor\"]", "[\"boss\"]"), "roles"),
                new Bad(body.replace("[\"editor\"]", "[\"editor\",\"admin\"]"), "roles"),
                new Bad(body.replace("[\"editor\"]", "[]"), "roles"),
                new Bad(body.replace(username, "Bad Name"), "username"),
                new Bad(body.replace(username, "x".repeat(33)), "username"),
                new Bad(body.replace(PASSWORD, "short"), "password"),
                new Bad(body.replace("新编辑" + run, "长".repeat(25)), "displayName"))) {
            assertError(admin("POST", "api/admin/accounts", bad.json()), 400, "invalid_parameter", bad.field());
        }

        JsonArray staffList = Api.json(admin("GET", "api/admin/accounts", null)).getJsonArray("items");
        assertTrue(staffList.stream().anyMatch(v -> v.asJsonObject().getString("username").equals(username)));
        assertTrue(staffList.stream().noneMatch(v -> v.asJsonObject().getString("username").startsWith("pk_reader_")), "readers are not listed");

        // disable: the session ends at once, log-in is refused; enable: log-in works again
        HttpResponse<String> disabled = admin("POST", "api/admin/accounts/" + id + "/disable", null);
        assertEquals(200, disabled.statusCode(), disabled.body());
        assertTrue(Api.json(disabled).getBoolean("disabled"));
        assertFalse(Api.json(newcomer.get("api/session")).getBoolean("authenticated"));
        assertEquals(401, newcomer.get("api/admin/picks").statusCode());
        HttpResponse<String> refused = new Api(root).post("api/session", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}");
        assertError(refused, 401, "invalid_credentials", null);
        assertEquals(200, admin("POST", "api/admin/accounts/" + id + "/enable", null).statusCode());
        new Api(root).logIn(username, PASSWORD);

        assertError(admin("POST", "api/admin/accounts/999999999999/disable", null), 404, "account_not_found", null);
        assertError(admin("POST", "api/admin/accounts/0/disable", null), 400, "invalid_parameter", null);
        Api adminSession = new Api(root).logIn("admin", ADMIN_PASSWORD);
        long adminId = Api.json(adminSession.get("api/session")).getJsonNumber("id").longValue();
        assertError(send(adminSession, "POST", "api/admin/accounts/" + adminId + "/disable", null, false), 409, "own_account", null);
        assertError(send(adminSession, "POST", "api/admin/accounts/" + adminId + "/password-reset", null, false), 409, "own_account", null);
    }

    /** Reset to a one-time password: sessions end; log-in works but every other action is refused until the change. */
    public void aOneTimePasswordMustBeChangedBeforeAnythingElse() {
        Api before = staff("otp_ed", "editor");
        long id = Api.json(before.get("api/session")).getJsonNumber("id").longValue();
        String username = "otp_ed_" + run;

        HttpResponse<String> reset = send(new Api(root).logIn("admin", ADMIN_PASSWORD), "POST", "api/admin/accounts/" + id + "/password-reset", null, false);
        assertEquals(200, reset.statusCode(), reset.body());
        String oneTime = Api.json(reset).getString("oneTimePassword");
        assertTrue(oneTime.matches("[a-zA-Z2-9]{16}"), oneTime);
        assertTrue(Api.json(reset).getJsonObject("account").getBoolean("mustChangePassword"));
        assertFalse(Api.json(before.get("api/session")).getBoolean("authenticated"), "the reset ended the account's sessions");
        assertError(new Api(root).post("api/session", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}"), 401, "invalid_credentials", null);

        Api after = new Api(root);
        HttpResponse<String> login = after.post("api/session", "{\"username\":\"" + username + "\",\"password\":\"" + oneTime + "\"}");
        assertEquals(200, login.statusCode(), login.body());
        assertTrue(Api.json(login).getBoolean("passwordChangeRequired"));
        assertTrue(Api.json(after.get("api/session")).getBoolean("passwordChangeRequired"));
        assertError(after.get("api/admin/picks"), 403, "password_change_required", null);
        assertError(after.post("api/articles/1/comments", "{\"body\":\"x\"}"), 403, "password_change_required", null);
        HttpResponse<String> page = after.get("newsroom/picks");
        assertEquals(303, page.statusCode());
        assertTrue(page.headers().firstValue("Location").orElse("").endsWith("/login"), page.headers().toString());
        assertEquals(200, after.get("login").statusCode());
        assertError(send(after, "PUT", "api/accounts/me/password", "{\"currentPassword\":\"" + oneTime + "\",\"newPassword\":\"" + oneTime + "\"}", false),
                400, "invalid_parameter", "newPassword");
        assertEquals(204, send(after, "PUT", "api/accounts/me/password", "{\"currentPassword\":\"" + oneTime + "\",\"newPassword\":\"my own password 42\"}", false).statusCode());
        assertEquals(200, after.get("api/admin/picks").statusCode(), "the same session goes on after the change");
        assertFalse(Api.json(after.get("api/session")).getBoolean("passwordChangeRequired"));
        assertError(new Api(root).post("api/session", "{\"username\":\"" + username + "\",\"password\":\"" + oneTime + "\"}"), 401, "invalid_credentials", null);
        new Api(root).logIn(username, "my own password 42");
        assertFalse(Api.json(admin("GET", "api/admin/accounts", null)).getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("username").equals(username)).findFirst().orElseThrow().getBoolean("mustChangePassword"));
    }

    /** jakarta.json helpers. */
    private static final class Json {
        static JsonObject items(JsonArray a) {
            return jakarta.json.Json.createObjectBuilder().add("items", a).build();
        }
    }
}
