package org.inkstone.comment;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The comment system's scenarios, run by {@code SiteIT} against its one deployment (so the server starts
 * once). Each scenario uses its own articles and readers (fresh client addresses and accounts), so they do
 * not disturb each other or the article tests.
 */
public final class CommentScenarios {

    static final String ADMIN_PASSWORD = "it-admin-password";
    /** Suffix of the user names of this run: the test database may outlive a run. */
    static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
    private final String root;
    private final List<Long> articles;
    private int nextArticle;

    /** {@code root}: the application root URL; {@code articleIds}: published articles the scenarios may use. */
    public CommentScenarios(String root, List<Long> articleIds) {
        this.root = root;
        this.articles = articleIds;
    }

    /** A published article no other scenario uses. */
    private synchronized long article() {
        return articles.get(nextArticle++);
    }

    private Api moderator() {
        return new Api(root).logIn("admin", ADMIN_PASSWORD);
    }

    private static String captcha(Api api, long articleId) {
        HttpResponse<String> r = api.post("api/captcha", "{\"action\":\"comment\",\"articleId\":" + articleId + "}");
        assertEquals(201, r.statusCode(), r.body());
        return Api.json(r).getString("id");
    }

    static String comment(String nickname, String body, Long parentId, String captchaId, String answer) {
        return "{\"nickname\":" + Api.str(nickname) + ",\"body\":" + Api.str(body) + ",\"parentId\":" + parentId
                + ",\"captchaId\":" + Api.str(captchaId) + ",\"captchaAnswer\":" + Api.str(answer) + "}";
    }

    /** An anonymous post with a solved CAPTCHA. */
    private static HttpResponse<String> postAnonymous(Api api, long articleId, String nickname, String body) {
        String id = captcha(api, articleId);
        return api.post("api/articles/" + articleId + "/comments", comment(nickname, body, null, id, TestDb.setCaptchaAnswer(id, "k7mpx")));
    }

    private static HttpResponse<String> postAs(Api api, long articleId, String body, Long parentId) {
        return api.post("api/articles/" + articleId + "/comments", comment(null, body, parentId, null, null));
    }

    private static long id(HttpResponse<String> r) {
        assertEquals(201, r.statusCode(), r.body());
        return Api.json(r).getJsonNumber("id").longValue();
    }

    private static JsonObject list(Api api, long articleId, String query) {
        HttpResponse<String> r = api.get("api/articles/" + articleId + "/comments" + query);
        assertEquals(200, r.statusCode(), r.body());
        return Api.json(r);
    }

    private static long count(Api api, long articleId) {
        return list(api, articleId, "").getJsonNumber("count").longValue();
    }

    private static void assertError(HttpResponse<String> r, int status, String code) {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals(code, Api.json(r).getString("code"), r.body());
    }

    private static long approvedInDb(long articleId) {
        return TestDb.count("SELECT COUNT(*) FROM comment WHERE article_id = ? AND status = 'approved'", articleId);
    }

    // ---------------------------------------------------------------------------------------------------

    /** Anonymous post → pending for a new writer, seen only by its writer; approved → counted and shown. */
    public void anonymousCommentIsQueuedSeenByItsWriterAndShownWhenApproved() {
        long a = article();
        Api reader = new Api(root);
        Api other = new Api(root);
        HttpResponse<String> r = postAnonymous(reader, a, "读者甲", "第一条评论\n第二行");
        long first = id(r);
        assertEquals("pending", Api.json(r).getString("status"));
        JsonObject mine = list(reader, a, "");
        assertEquals(0, mine.getJsonNumber("count").longValue());
        assertEquals(1, mine.getJsonArray("items").size());
        assertTrue(mine.getJsonArray("items").getJsonObject(0).getBoolean("pending"));
        assertEquals(0, list(other, a, "").getJsonArray("items").size(), "nobody else sees a pending comment");

        Api mod = moderator();
        HttpResponse<String> approve = mod.post("api/admin/comments/actions", "{\"ids\":[" + first + "],\"action\":\"approve\"}");
        assertEquals(200, approve.statusCode(), approve.body());
        assertEquals(1, Api.json(approve).getInt("changed"));
        JsonObject seen = list(other, a, "");
        assertEquals(1, seen.getJsonNumber("count").longValue());
        JsonObject item = seen.getJsonArray("items").getJsonObject(0);
        assertEquals("读者甲", item.getString("nickname"));
        assertEquals("<p>第一条评论<br />第二行</p>", item.getString("bodyHtml"));
        assertFalse(item.getBoolean("pending"));

        r = postAnonymous(reader, a, "读者甲", "第二条评论");
        assertEquals("approved", Api.json(r).getString("status"), "a writer with an approved comment is trusted");
        Document page = Jsoup.parse(other.get("articles/" + a).body());
        assertTrue(page.selectFirst("#comments h2").text().contains("共有 2 条评论"), page.selectFirst("#comments h2").text());
        assertEquals(List.of("读者甲", "读者甲"), page.select("#comments .ink-nick").eachText());

        String hash = new String(TestDb.bytes("SELECT client_hash FROM comment WHERE id = ?", first), StandardCharsets.US_ASCII);
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertEquals(1, TestDb.count("SELECT COUNT(*) FROM moderation_log l JOIN account a ON a.id = l.actor_id "
                + "WHERE l.comment_id = ? AND l.action = 'approved' AND a.username = 'admin'", first));
    }

    /** The e-mail address is stored but never shown: not in the API, not on the page. */
    public void emailIsNeverShown() {
        long a = article();
        Api reader = new Api(root);
        HttpResponse<String> r = reader.post("api/articles/" + a + "/comments", "{\"nickname\":\"邮件读者\",\"email\":\"hidden.reader@example.com\","
                + "\"body\":\"看不到邮箱\",\"captchaId\":" + Api.str(null) + "}");
        assertError(r, 400, "captcha_required");
        String cid = captcha(reader, a);
        r = reader.post("api/articles/" + a + "/comments", "{\"nickname\":\"邮件读者\",\"email\":\"hidden.reader@example.com\","
                + "\"body\":\"看不到邮箱\",\"captchaId\":" + Api.str(cid) + ",\"captchaAnswer\":\"" + TestDb.setCaptchaAnswer(cid, "hm3k4") + "\"}");
        long id = id(r);
        moderator().post("api/admin/comments/actions", "{\"ids\":[" + id + "],\"action\":\"approve\"}");
        assertFalse(reader.get("api/articles/" + a + "/comments").body().contains("hidden.reader"));
        assertFalse(reader.get("articles/" + a).body().contains("hidden.reader"));
        assertFalse(moderator().get("api/admin/comments?status=approved&article=" + a).body().contains("hidden.reader"));
        assertEquals(1, TestDb.count("SELECT COUNT(*) FROM comment WHERE id = ? AND email = 'hidden.reader@example.com'", id));
    }

    /** Missing, empty, unknown, wrong, replayed, expired and foreign challenges are all refused; nothing stored. */
    public void everyBadCaptchaIsRefused() {
        long a = article();
        long b = article();
        Api reader = new Api(root);
        String path = "api/articles/" + a + "/comments";
        // a fresh client address per attempt, so the anonymous rate limit (5 a minute) stays out of the way
        assertError(new Api(root).post(path, comment("读者乙", "没有验证码", null, null, null)), 400, "captcha_required");
        String empty = captcha(reader, a);
        assertError(new Api(root).post(path, comment("读者乙", "空验证码", null, empty, "")), 400, "captcha_required");
        assertError(new Api(root).post(path, comment("读者乙", "未知验证码", null, "AAAAAAAAAAAAAAAAAAAAAA", "abcde")), 422, "captcha_unknown");

        String wrong = captcha(reader, a);
        TestDb.setCaptchaAnswer(wrong, "k7mpx");
        assertError(new Api(root).post(path, comment("读者乙", "错误验证码", null, wrong, "xxxxx")), 422, "captcha_wrong");
        assertError(new Api(root).post(path, comment("读者乙", "错误后重用", null, wrong, "k7mpx")), 422, "captcha_used");

        String replayed = captcha(reader, a);
        TestDb.setCaptchaAnswer(replayed, "k7mpx");
        assertEquals("pending", Api.json(new Api(root).post(path, comment("读者乙", "第一次使用", null, replayed, "K7MPX"))).getString("status"),
                "answers compare case-insensitively");
        assertError(new Api(root).post(path, comment("读者乙", "重放", null, replayed, "k7mpx")), 422, "captcha_used");

        String expired = captcha(reader, a);
        TestDb.setCaptchaAnswer(expired, "k7mpx");
        TestDb.update("UPDATE captcha_challenge SET expires_at = '2000-01-01 00:00:00' WHERE id = ?", expired);
        assertError(new Api(root).post(path, comment("读者乙", "过期", null, expired, "k7mpx")), 422, "captcha_expired");

        String foreign = captcha(reader, b);
        TestDb.setCaptchaAnswer(foreign, "k7mpx");
        assertError(new Api(root).post(path, comment("读者乙", "别的文章", null, foreign, "k7mpx")), 422, "captcha_foreign");
        assertError(reader.post("api/captcha", "{\"action\":\"login\",\"articleId\":" + a + "}"), 400, "invalid_parameter");

        assertEquals(1, TestDb.count("SELECT COUNT(*) FROM comment WHERE article_id = ?", a), "only the one good post was stored");
        assertEquals(0, TestDb.count("SELECT COUNT(*) FROM comment WHERE article_id = ?", b));
    }

    /** A logged-in reader needs a CAPTCHA once over the threshold of posts in a minute. */
    public void busyAccountsGetACaptcha() {
        long a = article();
        Api reader = new Api(root).registerAndLogIn("busy_reader_" + RUN, "勤奋读者");
        assertFalse(Api.json(reader.get("api/session")).getBoolean("captchaRequired"));
        int posts = 0;
        HttpResponse<String> r;
        do {
            r = postAs(reader, a, "第 " + posts + " 条", null);
            posts++;
        } while (r.statusCode() == 201 && posts < 20);
        assertError(r, 400, "captcha_required");
        assertTrue(posts >= 9 && posts <= 17, posts + " posts before the CAPTCHA (threshold 8 a minute)");
        assertTrue(Api.json(reader.get("api/session")).getBoolean("captchaRequired"));
        String id = captcha(reader, a);
        assertEquals(201, reader.post("api/articles/" + a + "/comments",
                comment(null, "带验证码的一条", null, id, TestDb.setCaptchaAnswer(id, "k7mpx"))).statusCode());
    }

    /** The image is a no-store PNG, served once per challenge until it is used. */
    public void captchaImageIsAnUncachedPng() {
        long a = article();
        Api reader = new Api(root);
        HttpResponse<String> issued = reader.post("api/captcha", "{\"action\":\"comment\",\"articleId\":" + a + "}");
        JsonObject c = Api.json(issued);
        String url = c.getString("imageUrl");
        assertTrue(url.endsWith("/api/captcha/" + c.getString("id") + "/image"), url);
        assertEquals("+08:00", java.time.OffsetDateTime.parse(c.getString("expiresAt")).getOffset().getId(),
                "times in the site's offset, like every other time of the API");
        HttpResponse<byte[]> png;
        try {
            png = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(
                    HttpRequest.newBuilder(URI.create(root + "api/captcha/" + c.getString("id") + "/image"))
                            .header("X-Forwarded-For", reader.clientIp).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        assertEquals(200, png.statusCode());
        assertTrue(png.headers().firstValue("Content-Type").orElse("").startsWith("image/png"));
        assertTrue(png.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        assertEquals(0x89, png.body()[0] & 0xff);
        assertEquals("PNG", new String(png.body(), 1, 3, StandardCharsets.US_ASCII));
        String answer = TestDb.setCaptchaAnswer(c.getString("id"), "k7mpx");
        id(reader.post("api/articles/" + a + "/comments", comment("读者丙", "用过的验证码", null, c.getString("id"), answer)));
        assertEquals(404, reader.get("api/captcha/" + c.getString("id") + "/image").statusCode(), "a used challenge has no image");
    }

    /** Emoji and rare CJK characters come back byte for byte; over-long input is refused before storage. */
    public void fourByteCharactersRoundTripAndOverLongInputIsRefused() {
        long a = article();
        Api reader = new Api(root).registerAndLogIn("emoji_reader_" + RUN, "读者😀𠀀");
        String body = "表情😀👩‍👩‍👧 生僻字𠀀𪚥";
        long id = id(postAs(reader, a, body, null));
        JsonObject item = list(reader, a, "").getJsonArray("items").getJsonObject(0);
        assertEquals("<p>" + body + "</p>", item.getString("bodyHtml"));
        assertEquals("读者😀𠀀", item.getString("nickname"));
        assertTrue(java.util.Arrays.equals(("<p>" + body + "</p>").getBytes(StandardCharsets.UTF_8),
                TestDb.bytes("SELECT CAST(body_html AS BINARY) FROM comment WHERE id = ?", id)));
        assertTrue(Jsoup.parse(reader.get("articles/" + a).body()).select("#comments .ink-body").text().contains(body));

        long before = TestDb.count("SELECT COUNT(*) FROM comment WHERE article_id = ?", a);
        HttpResponse<String> tooLong = postAs(reader, a, "𠀀".repeat(2001), null);
        assertError(tooLong, 400, "invalid_parameter");
        assertTrue(Api.json(tooLong).getJsonObject("fields").containsKey("body"));
        assertEquals(before, TestDb.count("SELECT COUNT(*) FROM comment WHERE article_id = ?", a));
        long max = id(postAs(reader, a, "𠀀".repeat(2000), null));
        assertEquals(2000 * 4 + 7, TestDb.count("SELECT LENGTH(body_html) FROM comment WHERE id = ?", max), "2,000 four-byte characters, untruncated");
        assertError(postAs(reader, a, " \n ", null), 400, "invalid_parameter");

        Api anon = new Api(root);
        HttpResponse<String> nick = anon.post("api/articles/" + a + "/comments", comment("𠀀".repeat(25), "昵称太长", null, null, null));
        assertError(nick, 400, "invalid_parameter");
        assertTrue(Api.json(nick).getJsonObject("fields").containsKey("nickname"));
        assertError(anon.post("api/articles/" + a + "/comments", comment("管理员", "冒充", null, null, null)), 400, "invalid_parameter");
        assertError(anon.post("api/articles/" + a + "/comments", comment("Αdmin", "冒充", null, null, null)), 400, "invalid_parameter");
    }

    /** Five identical posts at once store one comment; the same body again within the window is a 409. */
    public void identicalConcurrentPostsStoreOne() throws Exception {
        long a = article();
        Api reader = new Api(root).registerAndLogIn("dup_reader_" + RUN, "重复读者");
        List<Integer> statuses = parallel(5, i -> postAs(reader, a, "同一条评论，同时发五次", null).statusCode());
        Collections.sort(statuses);
        assertEquals(List.of(201, 409, 409, 409, 409), statuses);
        assertEquals(1, TestDb.count("SELECT COUNT(*) FROM comment WHERE article_id = ?", a));
        assertError(postAs(reader, a, "同一条评论，同时发五次", null), 409, "duplicate_comment");
        assertEquals(1, count(reader, a));
    }

    /** Concurrent deletes (single and bulk, repeated) keep 共有 N 条评论 exact. */
    public void concurrentDeletesKeepTheCountExact() throws Exception {
        long a = article();
        Api mod = moderator();
        Api mod2 = moderator();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(id(postAs(mod, a, "待删除的评论 " + i, null)));
        }
        assertEquals(10, count(mod, a));
        List<Callable<Integer>> work = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            long id = ids.get(i);
            work.add(() -> mod.delete("api/admin/comments/" + id).statusCode());
            work.add(() -> mod2.delete("api/admin/comments/" + id).statusCode());
        }
        String bulk = ids.subList(4, 8).stream().map(String::valueOf).collect(Collectors.joining(","));
        work.add(() -> mod2.post("api/admin/comments/actions", "{\"ids\":[" + bulk + "],\"action\":\"delete\"}").statusCode());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<Integer> f : pool.invokeAll(work)) {
                assertTrue(f.get() == 204 || f.get() == 200, "status " + f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(2, count(mod, a));
        assertEquals(2, approvedInDb(a));
        assertEquals(2, TestDb.count("SELECT comment_count FROM article WHERE id = ?", a));
        assertEquals(8, TestDb.count("SELECT COUNT(*) FROM moderation_log WHERE action = 'deleted' AND comment_id IN ("
                + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")"), "one log entry per change");
    }

    /** A client that is not a trusted proxy cannot pick its address with X-Forwarded-For. */
    public void spoofedForwardedForDoesNotEscapeTheRateLimit(int port, String contextPath) throws Exception {
        long a = article();
        String path = contextPath + "/api/articles/" + a + "/comments";
        List<Integer> fromUntrusted = new ArrayList<>();
        String retryAfter = null;
        for (int i = 0; i < 12; i++) {
            RawResponse r = rawPost("127.0.0.2", port, path, "203.0.113." + (i + 1), comment("匿名", "试探 " + i, null, null, null));
            fromUntrusted.add(r.status);
            if (r.status == 429 && retryAfter == null) {
                retryAfter = r.headers.get("retry-after");
            }
        }
        assertEquals(400, fromUntrusted.get(0), fromUntrusted.toString());
        assertTrue(fromUntrusted.contains(429), "spoofed X-Forwarded-For escaped the limit: " + fromUntrusted);
        assertNotNull(retryAfter);
        assertTrue(Integer.parseInt(retryAfter) >= 1 && Integer.parseInt(retryAfter) <= 60, retryAfter);

        List<Integer> viaTrustedProxy = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            viaTrustedProxy.add(rawPost("127.0.0.1", port, path, "198.51.100." + (i + 1), comment("匿名", "代理 " + i, null, null, null)).status);
        }
        assertEquals(Collections.nCopies(12, 400), viaTrustedProxy, "behind a trusted proxy each client has its own limit");
    }

    /** Cross-site form posts, foreign origins and non-JSON bodies are refused; listed origins get CORS. */
    public void crossSiteRequestsAreRefusedAndListedOriginsMayEmbed() {
        long a = article();
        Api api = new Api(root);
        String path = "api/articles/" + a + "/comments";
        HttpResponse<String> form = api.send(api.request(path).header("Origin", "http://evil.example")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("nickname=x&body=y")));
        assertError(form, 403, "cross_site_refused");
        assertError(api.send(api.request(path).header("Origin", "http://evil.example").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(comment("x", "y", null, null, null)))), 403, "cross_site_refused");
        assertError(api.send(api.request(path).header("Sec-Fetch-Site", "cross-site").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(comment("x", "y", null, null, null)))), 403, "cross_site_refused");
        assertError(api.send(api.request(path).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(comment("x", "y", null, null, null)))), 415, "unsupported_media_type");
        assertError(api.send(api.request(path).POST(HttpRequest.BodyPublishers.ofString(comment("x", "y", null, null, null)))),
                415, "unsupported_media_type");
        assertError(api.send(api.request("api/session").header("Origin", "http://evil.example").DELETE()), 403, "cross_site_refused");
        assertError(api.send(api.request("api;x=1/articles/" + a + "/comments").header("Origin", "http://evil.example")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("x"))), 404, "not_found");
        assertError(api.send(api.request("api/admin;x/index/rebuild").header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.noBody())), 404, "not_found");
        for (String bad : List.of("{not json", "[]", "\"str\"", "{\"body\":{\"a\":1}}")) {
            assertError(api.post(path, bad), 400, "invalid_json");
        }

        HttpResponse<String> embedded = api.send(api.request(path).header("Origin", "http://embed.example:8081")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(comment("x", "y", null, null, null))));
        assertError(embedded, 400, "captcha_required");
        assertEquals("http://embed.example:8081", embedded.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertEquals("true", embedded.headers().firstValue("Access-Control-Allow-Credentials").orElse(""));
        HttpResponse<String> preflight = api.send(api.request(path).header("Origin", "http://embed.example:8081")
                .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertEquals(204, preflight.statusCode());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
        HttpResponse<String> evilPreflight = api.send(api.request(path).header("Origin", "http://evil.example")
                .header("Access-Control-Request-Method", "POST").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertEquals(403, evilPreflight.statusCode());
        assertTrue(api.send(api.request("api/admin/comments").header("Origin", "http://embed.example:8081"))
                .headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "moderation is never shared cross-origin");
        assertEquals(0, TestDb.count("SELECT COUNT(*) FROM comment WHERE article_id = ?", a));
    }

    /** Replies attach to visible parents of the same article; depth is capped at 3 levels. */
    public void repliesAreCheckedAndDepthIsCapped() {
        long a = article();
        long b = article();
        Api mod = moderator();
        Api reader = new Api(root).registerAndLogIn("reply_reader_" + RUN, "回复读者");
        long rootId = id(postAs(mod, a, "根评论", null));
        long r1 = id(postAs(reader, a, "一级回复", rootId));
        long r2 = id(postAs(reader, a, "二级回复", r1));
        long r3 = id(postAs(reader, a, "三级回复（超过深度）", r2));
        JsonObject page = list(reader, a, "");
        Map<Long, Long> parent = new HashMap<>();
        List<Long> order = new ArrayList<>();
        for (JsonValue v : page.getJsonArray("items")) {
            JsonObject o = v.asJsonObject();
            order.add(o.getJsonNumber("id").longValue());
            parent.put(o.getJsonNumber("id").longValue(), o.isNull("parentId") ? null : o.getJsonNumber("parentId").longValue());
        }
        assertEquals(List.of(rootId, r1, r2, r3), order, "root first, then its replies oldest first");
        assertEquals(rootId, parent.get(r1));
        assertEquals(r1, parent.get(r2));
        assertEquals(r1, parent.get(r3), "a reply below the third level attaches to the deepest allowed ancestor");
        assertEquals(2, TestDb.count("SELECT depth FROM comment WHERE id = ?", r3));

        long other = id(postAs(mod, b, "另一篇文章的评论", null));
        assertError(postAs(reader, a, "跨文章回复", other), 400, "invalid_parameter");
        assertError(postAs(reader, a, "回复不存在的评论", 999_999_999L), 400, "invalid_parameter");
        HttpResponse<String> held = postAs(reader, a, "带链接 <a href=\"https://example.com/\">https://example.com/</a> 的评论", null);
        long pending = id(held);
        assertEquals("pending", Api.json(held).getString("status"));
        assertError(postAs(mod, a, "回复待审核的评论", pending), 400, "invalid_parameter");
    }

    /** Links and flagged words are queued; moderators see the queue; flags send a comment back; blocks hold. */
    public void moderationQueueFlagsAndBlocks() {
        long a = article();
        Api reader = new Api(root).registerAndLogIn("policy_reader_" + RUN, "规则读者");
        long link = id(postAs(reader, a, "看这里 <a href=\"https://example.com/x\">https://example.com/x</a>", null));
        long word = id(postAs(reader, a, "本公司长期代开发票", null));
        long plain = id(postAs(reader, a, "普通的评论", null));
        assertEquals(1, count(reader, a));
        assertEquals(Set.of(link, word), new LinkedHashSet<>(ids(list(reader, a, ""), true)), "the writer sees both as pending");

        assertError(reader.get("api/admin/comments"), 403, "forbidden");
        assertError(new Api(root).get("api/admin/comments"), 401, "login_required");
        Api mod = moderator();
        JsonObject queue = Api.json(mod.get("api/admin/comments?status=pending&article=" + a));
        assertEquals(List.of(word, link), queue.getJsonArray("items").stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList());
        assertEquals(List.of("含敏感词：代开发票", "含链接"),
                queue.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("reason")).toList(), "the moderator sees why");
        assertEquals(2, Api.json(mod.post("api/admin/comments/actions", "{\"ids\":[" + link + "," + word + "],\"action\":\"approve\"}")).getInt("changed"));
        assertEquals(3, count(reader, a));

        for (int i = 0; i < 3; i++) {
            Api flagger = new Api(root);
            HttpResponse<String> f = flagger.post("api/comments/" + plain + "/flags", "{\"reason\":\"spam\"}");
            assertEquals(204, f.statusCode(), f.body());
            if (i == 0) {
                assertError(flagger.post("api/comments/" + plain + "/flags", "{\"reason\":\"abuse\"}"), 409, "already_flagged");
            }
        }
        assertEquals(2, count(reader, a), "three flags send the comment back to the queue");
        assertEquals(1, TestDb.count("SELECT COUNT(*) FROM comment WHERE id = ? AND status = 'pending' AND flags = 3", plain));
        assertError(new Api(root).post("api/comments/" + plain + "/flags", "{\"reason\":\"spam\"}"), 404, "comment_not_found");
        assertError(new Api(root).post("api/comments/" + link + "/flags", "{\"reason\":\"bad\"}"), 400, "invalid_parameter");
        assertEquals(1, TestDb.count("SELECT COUNT(*) FROM moderation_log WHERE comment_id = ? AND action = 'requeue'", plain));

        long accountId = TestDb.count("SELECT id FROM account WHERE username = ?", "policy_reader_" + RUN);
        HttpResponse<String> block = mod.post("api/admin/blocks", "{\"accountId\":" + accountId + ",\"hours\":1,\"reason\":\"测试封禁\"}");
        assertEquals(201, block.statusCode(), block.body());
        assertError(postAs(reader, a, "封禁后发言", null), 403, "blocked");
        assertError(mod.post("api/admin/blocks", "{\"hours\":1,\"reason\":\"x\"}"), 400, "invalid_parameter");
        long adminId = TestDb.count("SELECT id FROM account WHERE username = 'admin'");
        assertError(mod.post("api/admin/blocks", "{\"accountId\":" + adminId + ",\"hours\":1,\"reason\":\"x\"}"), 400, "invalid_parameter");
        assertError(mod.post("api/admin/blocks", "{\"accountId\":999999999,\"hours\":1,\"reason\":\"x\"}"), 404, "account_not_found");
        assertEquals(204, mod.delete("api/admin/blocks?accountId=" + accountId).statusCode());
        assertError(mod.delete("api/admin/blocks?accountId=" + accountId), 404, "block_not_found");
        assertEquals(201, postAs(reader, a, "解封后发言", null).statusCode());
        assertEquals(1, TestDb.count("SELECT COUNT(*) FROM moderation_log WHERE action = 'unblock' AND subject = ?", "a:" + accountId));

        // a moderator's approval resets the flags: one new flag does not send the comment back
        assertEquals(1, Api.json(mod.post("api/admin/comments/actions", "{\"ids\":[" + plain + "],\"action\":\"approve\"}")).getInt("changed"));
        assertEquals(204, new Api(root).post("api/comments/" + plain + "/flags", "{\"reason\":\"spam\"}").statusCode());
        assertEquals(1, TestDb.count("SELECT COUNT(*) FROM comment WHERE id = ? AND status = 'approved' AND flags = 1", plain));
        // staff comments are never sent back by flags
        long staff = id(postAs(mod, a, "编辑部的说明", null));
        for (int i = 0; i < 4; i++) {
            assertEquals(204, new Api(root).post("api/comments/" + staff + "/flags", "{\"reason\":\"abuse\"}").statusCode());
        }
        assertEquals(1, TestDb.count("SELECT COUNT(*) FROM comment WHERE id = ? AND status = 'approved'", staff));
        assertError(mod.delete("api/admin/comments/999999999"), 404, "comment_not_found");
    }

    private static List<Long> ids(JsonObject page, boolean pendingOnly) {
        return page.getJsonArray("items").stream().map(JsonValue::asJsonObject).filter(o -> !pendingOnly || o.getBoolean("pending"))
                .map(o -> o.getJsonNumber("id").longValue()).toList();
    }

    /** Registration, log-in, session cookie flags, log-out, failure limit, safe return path. */
    public void accountsSessionsAndLoginLimits() throws Exception {
        Api reader = new Api(root);
        HttpResponse<String> r = reader.post("api/accounts", "{\"username\":\"zhang_san_" + RUN + "\",\"displayName\":\"张三\",\"password\":\"correct horse battery\"}");
        assertEquals(201, r.statusCode(), r.body());
        assertError(reader.post("api/accounts", "{\"username\":\"zhang_san_" + RUN + "\",\"displayName\":\"张三二\",\"password\":\"correct horse battery\"}"),
                409, "username_taken");
        assertError(reader.post("api/accounts", "{\"username\":\"li_si_" + RUN + "\",\"displayName\":\"网站管理员\",\"password\":\"correct horse battery\"}"),
                400, "invalid_parameter");
        assertError(reader.post("api/accounts", "{\"username\":\"li_si_" + RUN + "\",\"displayName\":\"李四\",\"password\":\"short\"}"), 400, "invalid_parameter");
        assertError(reader.post("api/accounts", "{\"username\":\"Li Si\",\"displayName\":\"李四\",\"password\":\"correct horse battery\"}"),
                400, "invalid_parameter");

        assertError(reader.post("api/session", "{\"username\":\"zhang_san_" + RUN + "\",\"password\":\"wrong password\"}"), 401, "invalid_credentials");
        assertError(reader.post("api/session", "{\"username\":\"nobody_here\",\"password\":\"wrong password\"}"), 401, "invalid_credentials");
        HttpResponse<String> in = reader.post("api/session", "{\"username\":\"zhang_san_" + RUN + "\",\"password\":\"correct horse battery\"}");
        assertEquals(200, in.statusCode(), in.body());
        String cookie = in.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
        JsonObject me = Api.json(reader.get("api/session"));
        assertTrue(me.getBoolean("authenticated"));
        assertEquals("张三", me.getString("displayName"));
        assertEquals(List.of("reader"), me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(204, reader.delete("api/session").statusCode());
        assertFalse(Api.json(reader.get("api/session")).getBoolean("authenticated"));

        Api guesser = new Api(root);
        for (int i = 0; i < 10; i++) {
            assertError(guesser.post("api/session", "{\"username\":\"zhang_san_" + RUN + "\",\"password\":\"guess " + i + "\"}"), 401, "invalid_credentials");
        }
        assertError(guesser.post("api/session", "{\"username\":\"zhang_san_" + RUN + "\",\"password\":\"correct horse battery\"}"), 429, "rate_limited");
        assertEquals(200, new Api(root).post("api/session", "{\"username\":\"zhang_san_" + RUN + "\",\"password\":\"correct horse battery\"}").statusCode(),
                "a guesser elsewhere does not lock the owner out");
        List<Integer> burst = parallel(15, i -> guesserAt(root, "burst_" + RUN));
        assertTrue(burst.stream().filter(c -> c == 429).count() >= 5, "15 concurrent guesses from one address: " + burst);

        Document login = Jsoup.parse(reader.get("login?return=https://evil.example/").body());
        Element form = login.getElementById("login-form");
        assertNotNull(form);
        String context = URI.create(root).getPath();
        assertEquals(context, form.attr("data-return"));
        assertEquals(context + "articles/1?x=1", Jsoup.parse(reader.get("login?return=" + context + "articles/1%3Fx%3D1").body())
                .getElementById("login-form").attr("data-return"));
        assertEquals(context, Jsoup.parse(reader.get("login?return=//evil.example").body()).getElementById("login-form").attr("data-return"));
    }

    /**
     * Every distinct payload of the shared lists is posted (by a moderator: no CAPTCHA, no queue), then read
     * back through the API and the article page; everything that comes back holds only allowed markup.
     * Returns the articles used, 20 comments each.
     */
    public List<Long> everyXssPayloadComesBackSanitized(List<Long> payloadArticles) throws Exception {
        List<String> payloads = new ArrayList<>(new LinkedHashSet<>(XssPayloads.all().stream()
                .map(p -> java.text.Normalizer.normalize(p.text().strip(), java.text.Normalizer.Form.NFC)).filter(t -> !t.isEmpty()).toList()));
        int perArticle = 20;
        int needed = (payloads.size() + perArticle - 1) / perArticle;
        assertTrue(payloadArticles.size() >= needed, "need " + needed + " articles");
        List<Long> used = payloadArticles.subList(0, needed);
        Api mod = moderator();
        Map<Long, List<Long>> stored = new java.util.concurrent.ConcurrentHashMap<>();
        List<String> refused = Collections.synchronizedList(new ArrayList<>());
        List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
        parallel(4, worker -> {
            for (int i = worker; i < payloads.size(); i += 4) {
                long article = used.get(i / perArticle);
                HttpResponse<String> r = postAs(mod, article, payloads.get(i), null);
                if (r.statusCode() == 201) {
                    stored.computeIfAbsent(article, k -> Collections.synchronizedList(new ArrayList<>())).add(Api.json(r).getJsonNumber("id").longValue());
                } else if (r.statusCode() == 400 && Api.json(r).getJsonObject("fields").containsKey("body")) {
                    refused.add(payloads.get(i));
                } else {
                    unexpected.add(r.statusCode() + " " + r.body() + " for " + payloads.get(i));
                }
            }
            return 0;
        });
        assertEquals(List.of(), unexpected);
        List<String> wronglyRefused = refused.stream().filter(p -> {
            int n = CommentHtml.render(java.text.Normalizer.normalize(p, java.text.Normalizer.Form.NFC)).textLength();
            return n >= 1 && n <= 2000;
        }).toList();
        assertEquals(List.of(), wronglyRefused, "only payloads with no text left after sanitizing (or over 2,000) are refused");
        List<String> violations = new ArrayList<>();
        int seen = 0;
        for (long article : used) {
            List<Long> mine = stored.getOrDefault(article, List.of());
            JsonObject page = list(mod, article, "?size=100");
            Set<Long> listed = new java.util.HashSet<>();
            for (JsonValue v : page.getJsonArray("items")) {
                JsonObject o = v.asJsonObject();
                listed.add(o.getJsonNumber("id").longValue());
                AllowedMarkup.violations(o.getString("bodyHtml")).forEach(x -> violations.add("api " + o.getJsonNumber("id") + ": " + x));
            }
            assertTrue(listed.containsAll(mine), "article " + article + " lists every stored payload");
            Document html = Jsoup.parse(mod.get("articles/" + article).body());
            assertEquals(0, html.select("#comments script, #comments style, #comments iframe, #comments img, #comments svg").size());
            for (Element body : html.select("#comments .ink-body")) {
                AllowedMarkup.violations(body.html()).forEach(x -> violations.add("page " + article + ": " + x));
                seen++;
            }
        }
        assertEquals(List.of(), violations);
        assertEquals(payloads.size() - refused.size(), seen, "every stored payload was rendered on an article page");
        return used;
    }

    private final java.util.Map<String, Api> guessers = new java.util.concurrent.ConcurrentHashMap<>();

    /** One wrong log-in for {@code username} from a fixed address per user name; returns the status. */
    private int guesserAt(String root, String username) {
        Api api = guessers.computeIfAbsent(username, u -> new Api(root));
        return api.post("api/session", "{\"username\":" + Api.str(username) + ",\"password\":\"wrong wrong\"}").statusCode();
    }

    /** One worker's part of {@link #parallel}. */
    public interface Task<T> {
        T run(int worker) throws Exception;
    }

    /** Runs {@code task} on {@code n} threads at once (worker numbers 0..n-1) and returns their results in worker order. */
    public static <T> List<T> parallel(int n, Task<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Callable<T>> calls = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int w = i;
                calls.add(() -> task.run(w));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(calls)) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }

    record RawResponse(int status, Map<String, String> headers) {
    }

    /** One HTTP/1.1 POST over a socket bound to {@code localAddress}, so the server sees that peer address. */
    static RawResponse rawPost(String localAddress, int port, String path, String forwardedFor, String json) throws Exception {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(localAddress, 0));
            s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
                    + "X-Forwarded-For: " + forwardedFor + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            String[] head = text.split("\r\n\r\n", 2)[0].split("\r\n");
            Map<String, String> headers = new HashMap<>();
            for (int i = 1; i < head.length; i++) {
                int c = head[i].indexOf(':');
                if (c > 0) {
                    headers.put(head[i].substring(0, c).trim().toLowerCase(), head[i].substring(c + 1).trim());
                }
            }
            return new RawResponse(Integer.parseInt(head[0].split(" ")[1]), headers);
        }
    }
}
