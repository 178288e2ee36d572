package org.inkstone.syndication;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.inkstone.comment.Api;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pull API against the running server (run by {@code SiteIT}, methods prefixed {@code pull}). Every scenario
 * makes its own channel(s) and a partner subscribed only to them, so what the partner pulls is exactly what the
 * scenario published, whatever other tests do meanwhile; articles come from a {@link Newsdesk} of its own.
 */
public final class PullScenarios {

    private static final String TOKEN = "it-admin-token";

    private final String root;
    private final Api http;

    public PullScenarios(String root) {
        this.root = root;
        this.http = new Api(root);
    }

    /** A registered partner: its id and its pull key (shown once at registration). */
    record Partner(long id, String key) {
    }

    // ---- scenarios ---------------------------------------------------------------------------------------

    /** Changes before a partner's registration are not served (imports never are); later ones are. */
    public void aNewPartnerSeesNothingFromBeforeItsRegistration() {
        String channel = channel(null);
        Newsdesk desk = new Newsdesk(root);
        long before = desk.publish("注册前发布的稿件", channel, "<p>注册之前。</p>", null);
        Partner p = register("ninjs", channel);
        JsonObject first = page(p, null, null);
        assertEquals(List.of(), first.getJsonArray("items"));
        String cursor = first.getString("nextCursor");
        assertFalse(cursor.isEmpty());

        long after = desk.publish("注册后发布的稿件", channel, "<p>注册之后。</p>", null);
        JsonObject next = page(p, cursor, null);
        assertEquals(List.of(uri(p, after)), uris(next));
        assertTrue(!uris(walk(p, 100)).contains(uri(p, before)), "the article published before registration is not in the feed");
    }

    /** A publication appears with version 1, usable, as a ninjs object; a paused partner still pulls (pause is for pushes). */
    public void aPublicationAppearsAsItsDocument() {
        String channel = channel(null);
        Newsdesk desk = new Newsdesk(root);
        Partner p = register("ninjs", channel);
        String cursor = page(p, null, null).getString("nextCursor");
        long id = desk.publish("刚发布的稿件", channel, "<p>刚刚发布。</p>", null);
        assertEquals(200, admin("POST", "api/admin/partners/" + p.id() + "/pause", null).statusCode());

        JsonObject page = page(p, cursor, null);
        assertEquals(1, page.getJsonArray("items").size(), page.toString());
        JsonObject item = page.getJsonArray("items").getJsonObject(0);
        assertEquals(uri(p, id), item.getString("uri"));
        assertEquals(1, item.getInt("version"));
        assertEquals("usable", item.getString("pubstatus"));
        assertEquals("ninjs", item.getString("format"));
        assertEquals(JsonValue.ValueType.OBJECT, item.get("document").getValueType(), "the ninjs object itself, not a string");
        assertEquals(item.getString("uri"), item.getJsonObject("document").getString("uri"));
        assertEquals("usable", item.getJsonObject("document").getString("pubstatus"));

        JsonObject empty = page(p, page.getString("nextCursor"), null);
        assertEquals(List.of(), empty.getJsonArray("items"), "nothing more now");
        assertNotNull(empty.getString("nextCursor"), "a cursor to poll from, also after an empty page");
        assertEquals(List.of(), page(p, empty.getString("nextCursor"), null).getJsonArray("items"), "polling on finds nothing new");
    }

    /** A correction moves the item to the end of the feed at version 2: once, never its old version. */
    public void aCorrectionAppearsOnceAtTheEndWithVersion2() {
        String channel = channel(null);
        Newsdesk desk = new Newsdesk(root);
        Partner p = register("ninjs", channel);
        long a = desk.publish("将被更正的稿件", channel, "<p>初稿。</p>", null);
        long b = desk.publish("另一篇稿件", channel, "<p>另一篇。</p>", null);
        desk.correct(a, "已更正的稿件", channel, "<p>更正后的正文。</p>", "更正了标题与正文");

        JsonObject all = walk(p, 100);
        assertEquals(List.of(uri(p, b), uri(p, a)), uris(all), "the corrected item once, after the other");
        JsonObject corrected = all.getJsonArray("items").getJsonObject(1);
        assertEquals(2, corrected.getInt("version"));
        assertEquals("usable", corrected.getString("pubstatus"));
        assertEquals(1, all.getJsonArray("items").getJsonObject(0).getInt("version"));
    }

    /** A withdrawal is served as a kill notice (canceled), once, in place of the item. */
    public void aWithdrawalIsACanceledKillNotice() {
        String channel = channel(null);
        Newsdesk desk = new Newsdesk(root);
        Partner p = register("ninjs", channel);
        long id = desk.publish("将被撤下的稿件", channel, "<p>将被撤下。</p>", null);
        desk.withdraw(id, "内容有误，撤稿");

        JsonObject all = walk(p, 100);
        assertEquals(List.of(uri(p, id)), uris(all));
        JsonObject kill = all.getJsonArray("items").getJsonObject(0);
        assertEquals("canceled", kill.getString("pubstatus"));
        assertEquals(2, kill.getInt("version"));
        assertEquals("canceled", kill.getJsonObject("document").getString("pubstatus"));
        HttpResponse<String> item = pull(p.key(), "api/syndication/items/" + id);
        assertEquals(200, item.statusCode(), item.body());
        assertEquals("canceled", Api.json(item).getString("pubstatus"), "the item endpoint serves the kill notice too");
    }

    /** A partner takes its channels and their children, nothing else; other channels' items are 404 to it. */
    public void aPartnerGetsItsChannelsAndTheirChildrenOnly() {
        String parent = channel(null);
        String child = channel(parent);
        String other = channel(null);
        Newsdesk desk = new Newsdesk(root);
        Partner p = register("ninjs", parent);
        long inParent = desk.publish("上级栏目稿件", parent, "<p>上级。</p>", null);
        long outside = desk.publish("其他栏目稿件", other, "<p>其他。</p>", null);
        long inChild = desk.publish("下级栏目稿件", child, "<p>下级。</p>", null);

        assertEquals(List.of(uri(p, inParent), uri(p, inChild)), uris(walk(p, 100)));
        HttpResponse<String> r = pull(p.key(), "api/syndication/items/" + outside);
        assertError(r, 404, "item_not_found");
        assertError(pull(p.key(), "api/syndication/items/999999999999"), 404, "item_not_found");
        assertError(pull(p.key(), "api/syndication/items/abc"), 404, "item_not_found");
    }

    /** Walking the feed page by page returns every item exactly once, in commit order; bad cursors and sizes are 400. */
    public void cursorWalkingReturnsEveryItemExactlyOnce() {
        String channel = channel(null);
        Newsdesk desk = new Newsdesk(root);
        Partner p = register("ninjs", channel);
        List<String> published = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            published.add(uri(p, desk.publish("翻页稿件第" + i + "篇", channel, "<p>第 " + i + " 篇。</p>", null)));
        }
        List<String> walked = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        while (true) {
            JsonObject page = page(p, cursor, 2);
            pages++;
            walked.addAll(uris(page));
            cursor = page.getString("nextCursor");
            if (page.getJsonArray("items").size() < 2) {
                break;
            }
        }
        assertEquals(published, walked);
        assertEquals(3, pages, "2 + 2 + 1");
        assertEquals(List.of(), page(p, cursor, 2).getJsonArray("items"));

        HttpResponse<String> bad = pull(p.key(), "api/syndication/changes?cursor=" + enc("not a cursor"));
        assertError(bad, 400, "invalid_cursor");
        assertTrue(Api.json(bad).getJsonObject("fields").containsKey("cursor"), bad.body());
        // well spelled, but beyond the change log: never written by the API (an empty page would hide what comes)
        String beyond = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                "c1:999999999999".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertError(pull(p.key(), "api/syndication/changes?cursor=" + beyond), 400, "invalid_cursor");
        for (String size : List.of("0", "101", "x", "-1")) {
            HttpResponse<String> r = pull(p.key(), "api/syndication/changes?size=" + size);
            assertError(r, 400, "invalid_parameter");
            assertTrue(Api.json(r).getJsonObject("fields").containsKey("size"), r.body());
        }
    }

    /** A wrong or missing key is 401 with a Bearer challenge, the same for an existing and a non-existing item. */
    public void aWrongKeyIs401WhetherOrNotTheItemExists() {
        String channel = channel(null);
        Newsdesk desk = new Newsdesk(root);
        Partner p = register("ninjs", channel);
        long id = desk.publish("密钥测试稿件", channel, "<p>密钥。</p>", null);
        assertEquals(200, pull(p.key(), "api/syndication/items/" + id).statusCode());

        List<String> bodies = new ArrayList<>();
        for (String key : List.of(p.key() + "x", "ipk_wrong", "")) {
            for (String path : List.of("api/syndication/items/" + id, "api/syndication/items/999999999999",
                    "api/syndication/items/abc", "api/syndication/changes", "api/syndication/changes?cursor=bad&size=0")) {
                HttpResponse<String> r = pull(key, path);
                assertError(r, 401, "invalid_partner_key");
                assertEquals("Bearer realm=\"inkstone-syndication\"", r.headers().firstValue("WWW-Authenticate").orElse(null), path);
                bodies.add(r.body());
            }
        }
        HttpResponse<String> none = http.get("api/syndication/items/" + id);
        assertError(none, 401, "invalid_partner_key");
        bodies.add(none.body());
        assertEquals(1, bodies.stream().distinct().count(), "one answer for every wrong key and item: " + bodies.get(0));

        HttpResponse<String> rotated = admin("POST", "api/admin/partners/" + p.id() + "/rotate-key", null);
        assertEquals(200, rotated.statusCode(), rotated.body());
        assertError(pull(p.key(), "api/syndication/items/" + id), 401, "invalid_partner_key");
        assertEquals(200, pull(Api.json(rotated).getString("key"), "api/syndication/items/" + id).statusCode(), "the new key works");
    }

    /**
     * Every document the pull API serves validates: the ninjs ones against the ninjs 2.1 schema, the NewsML-G2 ones
     * against the 2.35 XSD (publication, correction, kill notice), in the feed and from the item endpoint with its
     * media type.
     */
    public void servedDocumentsValidateInBothFormats() {
        String channel = channel(null);
        Newsdesk desk = new Newsdesk(root);
        Partner ninjs = register("ninjs", channel);
        Partner g2 = register("newsml-g2", channel);
        long a = desk.publish("校验稿件甲：A&B", channel, "<p>正文<a href=\"/articles/1\">链接</a>，]]> 结尾。</p>", null);
        long b = desk.publish("校验稿件乙", channel, "<p>将被撤下。</p>", null);
        desk.correct(a, "校验稿件甲（更正）", channel, "<p>更正后的正文。</p>", "更正");
        desk.withdraw(b, "撤稿测试");

        JsonObject ninjsFeed = walk(ninjs, 100);
        assertEquals(2, ninjsFeed.getJsonArray("items").size(), ninjsFeed.toString());
        for (JsonValue v : ninjsFeed.getJsonArray("items")) {
            SyndicationSchemas.validateNinjs(v.asJsonObject().getJsonObject("document").toString());
        }
        JsonObject g2Feed = walk(g2, 100);
        assertEquals(List.of("newsml-g2", "newsml-g2"), g2Feed.getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("format")).toList());
        assertEquals(List.of("usable", "canceled"), g2Feed.getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("pubstatus")).toList());
        for (JsonValue v : g2Feed.getJsonArray("items")) {
            SyndicationSchemas.validateNewsmlG2(v.asJsonObject().getString("document"));
        }
        assertEquals(uris(ninjsFeed), uris(g2Feed), "one item, one uri, whatever the format");

        for (long id : List.of(a, b)) {
            HttpResponse<String> j = pull(ninjs.key(), "api/syndication/items/" + id);
            assertEquals(200, j.statusCode(), j.body());
            assertTrue(j.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            SyndicationSchemas.validateNinjs(j.body());
            HttpResponse<String> x = pull(g2.key(), "api/syndication/items/" + id);
            assertEquals(200, x.statusCode(), x.body());
            assertTrue(x.headers().firstValue("Content-Type").orElse("").startsWith("application/vnd.iptc.g2.newsitem+xml"),
                    x.headers().firstValue("Content-Type").orElse(""));
            SyndicationSchemas.validateNewsmlG2(x.body());
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    /** A new channel (top level when {@code parent} is null) with a random id. */
    String channel(String parent) {
        String id = "pull-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
        HttpResponse<String> r = admin("POST", "api/admin/channels", "{\"id\":\"" + id + "\",\"name\":\"拉取" + id.substring(5)
                + "\"" + (parent == null ? "" : ",\"parent\":\"" + parent + "\"") + "}");
        assertEquals(201, r.statusCode(), r.body());
        // a partner may take it at once (ChannelService keeps no snapshot loaded while the creation committed)
        // hidden: the reader navigation of the shared test site keeps its 17 channels (a hidden channel syndicates)
        HttpResponse<String> hide = admin("PATCH", "api/admin/channels/" + id, "{\"hidden\":true}");
        assertEquals(200, hide.statusCode(), hide.body());
        return id;
    }

    /** A pull-only partner (no endpoint) of {@code format} taking {@code channels}. */
    Partner register(String format, String... channels) {
        String name = "拉取伙伴" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
        StringBuilder list = new StringBuilder();
        for (String c : channels) {
            list.append(list.length() == 0 ? "" : ",").append(Api.str(c));
        }
        HttpResponse<String> r = admin("POST", "api/admin/partners", "{\"name\":" + Api.str(name) + ",\"format\":\"" + format
                + "\",\"channels\":[" + list + "]}");
        assertEquals(201, r.statusCode(), r.body());
        JsonObject o = Api.json(r);
        return new Partner(o.getJsonNumber("id").longValue(), o.getString("key"));
    }

    HttpResponse<String> admin(String method, String path, String json) {
        HttpRequest.Builder b = http.request(path).header("Authorization", "Bearer " + TOKEN);
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        return http.send(b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> pull(String key, String path) {
        return http.send(http.request(path).header("Authorization", "Bearer " + key));
    }

    /** One page (asserting 200); {@code cursor} and {@code size} may be null. */
    JsonObject page(Partner p, String cursor, Integer size) {
        String q = (cursor == null ? "" : "cursor=" + enc(cursor)) + (size == null ? "" : (cursor == null ? "" : "&") + "size=" + size);
        HttpResponse<String> r = pull(p.key(), "api/syndication/changes" + (q.isEmpty() ? "" : "?" + q));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("no-store", r.headers().firstValue("Cache-Control").map(v -> v.contains("no-store") ? "no-store" : v).orElse(""));
        return Api.json(r);
    }

    /** Every page from the partner's start, as one object {@code {items}} (pages of {@code size}). */
    JsonObject walk(Partner p, int size) {
        jakarta.json.JsonArrayBuilder all = jakarta.json.Json.createArrayBuilder();
        String cursor = null;
        while (true) {
            JsonObject page = page(p, cursor, size);
            page.getJsonArray("items").forEach(all::add);
            cursor = page.getString("nextCursor");
            if (page.getJsonArray("items").size() < size) {
                return jakarta.json.Json.createObjectBuilder().add("items", all).add("nextCursor", cursor).build();
            }
        }
    }

    /** The item uri of article {@code id}, from the item endpoint (the partner must take its channel). */
    String uri(Partner p, long id) {
        HttpResponse<String> r = pull(p.key(), "api/syndication/items/" + id);
        assertEquals(200, r.statusCode(), r.body());
        return Api.json(r).getString("uri");
    }

    static List<String> uris(JsonObject page) {
        return page.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("uri")).toList();
    }

    static void assertError(HttpResponse<String> r, int status, String code) {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals(code, Api.json(r).getString("code"), r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
