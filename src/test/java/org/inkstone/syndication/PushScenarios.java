package org.inkstone.syndication;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.inkstone.comment.Api;
import org.inkstone.newsroom.StaffAccounts;
import org.inkstone.syndication.PushReceiver.Arrival;

import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Push deliveries against the running server (issue 10, "Partners, push and pull"), with real receivers
 * ({@link PushReceiver} on 127.0.0.1, which the test settings allow). Each scenario registers its own partners
 * (subscribed to {@link #CHANNEL}, which no other test publishes in), publishes its own articles through the
 * newsroom ({@link Newsdesk}), recognises its deliveries by the uids of the delivery log, and deletes its partners
 * at the end. Waits poll with a deadline of at most 10 s.
 */
public final class PushScenarios {

    private static final String TOKEN = "it-admin-token";
    /** The channel the scenarios publish in and subscribe to. */
    static final String CHANNEL = "parenting";
    /** A channel the scenarios' "other" partners take, where nothing is published meanwhile. */
    static final String OTHER_CHANNEL = "politics";
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    private final String root;
    private final Api admin;
    private final List<Long> partners = new ArrayList<>();

    public PushScenarios(String root) {
        this.root = root;
        this.admin = new Api(root);
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private HttpResponse<String> call(Api api, String method, String path, String json, boolean token) {
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

    private HttpResponse<String> admin(String method, String path, String json) {
        return call(admin, method, path, json, true);
    }

    private static JsonObject json(String s) {
        try (JsonReader r = Json.createReader(new StringReader(s))) {
            return r.readObject();
        }
    }

    private static void assertError(HttpResponse<String> r, int status, String code, String field) {
        assertEquals(status, r.statusCode(), r.body());
        JsonObject e = Api.json(r);
        assertEquals(code, e.getString("code"), r.body());
        if (field != null) {
            assertTrue(e.getJsonObject("fields").containsKey(field), r.body());
        }
    }

    private static String tag() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
    }

    /** A registered partner: id and its credentials as shown once. */
    record Registered(long id, String key, String secret) {
    }

    private Registered register(String endpoint, String format, String channel) {
        HttpResponse<String> r = admin("POST", "api/admin/partners", "{\"name\":" + Api.str("推送测试 " + tag())
                + ",\"endpoint\":" + Api.str(endpoint) + ",\"format\":" + Api.str(format) + ",\"channels\":[" + Api.str(channel) + "]}");
        assertEquals(201, r.statusCode(), r.body());
        JsonObject o = Api.json(r);
        Registered p = new Registered(o.getJsonNumber("id").longValue(), o.getString("key"), o.getString("secret"));
        partners.add(p.id());
        return p;
    }

    /** Deletes the partners this scenario registered (their deliveries go with them). */
    private void cleanUp() {
        for (long id : partners) {
            admin("DELETE", "api/admin/partners/" + id, null);
        }
    }

    /** The partner's delivery log, newest first (one page of 100). */
    private List<JsonObject> log(long partner) {
        HttpResponse<String> r = admin("GET", "api/admin/deliveries?partner=" + partner + "&size=100", null);
        assertEquals(200, r.statusCode(), r.body());
        return Api.json(r).getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }

    private List<JsonObject> log(long partner, long article) {
        return log(partner).stream().filter(d -> d.getJsonNumber("articleId").longValue() == article).toList();
    }

    /** Arrivals whose uid is one of the partner's deliveries of {@code article}. */
    private Predicate<Arrival> of(long partner, long article) {
        return a -> log(partner, article).stream().anyMatch(d -> d.getString("uid").equals(a.delivery()));
    }

    /** Waits until the partner's delivery of {@code article} at {@code version} has {@code status}; returns it. */
    private JsonObject awaitStatus(long partner, long article, int version, String status) {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (true) {
            List<JsonObject> rows = log(partner, article).stream().filter(d -> d.getInt("version") == version).toList();
            if (!rows.isEmpty() && status.equals(rows.get(0).getString("status"))) {
                return rows.get(0);
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("delivery of article " + article + " v" + version + " not " + status + ": " + rows);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static void assertSigned(Arrival a, String secret) {
        assertTrue(Signatures.verify(secret, a.timestamp(), a.body(), a.signature()), "signature " + a);
        assertTrue(a.signature().matches("sha256=[0-9a-f]{64}(, sha256=[0-9a-f]{64})?"), a.signature());
        long skew = Math.abs(Instant.now().getEpochSecond() - Long.parseLong(a.timestamp()));
        assertTrue(skew <= 300, "timestamp " + a.timestamp());
        assertTrue(a.delivery().matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), a.delivery());
        assertEquals("/push", a.path());
    }

    /** Validates a pushed body against the IPTC schema of its format. */
    private static void assertValid(Arrival a, String format) {
        if (format.equals("ninjs")) {
            SyndicationSchemas.validateNinjs(a.body());
        } else {
            SyndicationSchemas.validateNewsmlG2(a.body());
        }
    }

    // ---- scenarios ---------------------------------------------------------------------------------------

    /** Publish → exactly one signed delivery per subscribed partner, in its format, within 5 s of the publish response. */
    public void aPublishPushesExactlyOneSignedDocumentToEachSubscriber() {
        try (PushReceiver ninjs = new PushReceiver(); PushReceiver g2 = new PushReceiver()) {
            Registered pn = register(ninjs.url(), "ninjs", CHANNEL);
            Registered pg = register(g2.url(), "newsml-g2", CHANNEL);
            Newsdesk desk = new Newsdesk(root);
            long article = desk.publish("推送测试 " + tag(), CHANNEL, "<p>首发正文。</p>", null);
            Instant published = Instant.now();
            Arrival a = ninjs.await(of(pn.id(), article), 1, DEADLINE).get(0);
            Arrival b = g2.await(of(pg.id(), article), 1, DEADLINE).get(0);
            assertTrue(Duration.between(published, a.at()).toMillis() < 5_000, "ninjs push after " + Duration.between(published, a.at()));
            assertTrue(Duration.between(published, b.at()).toMillis() < 5_000, "NewsML-G2 push after " + Duration.between(published, b.at()));
            assertSigned(a, pn.secret());
            assertSigned(b, pg.secret());
            assertFalse(Signatures.verify(pg.secret(), a.timestamp(), a.body(), a.signature()), "each partner its own secret");
            assertEquals("application/json; charset=UTF-8", a.contentType());
            assertEquals("application/vnd.iptc.g2.newsitem+xml; charset=UTF-8", b.contentType());
            assertEquals(JsonValue.ValueType.OBJECT, json(a.body()).getValueType());
            assertTrue(b.body().contains("newsItem"), b.body());
            assertValid(a, "ninjs");
            assertValid(b, "newsml-g2");
            JsonObject d = awaitStatus(pn.id(), article, 1, "delivered");
            assertEquals(a.delivery(), d.getString("uid"));
            assertEquals(1, d.getInt("attempts"));
            assertEquals(200, d.getInt("lastCode"));
            assertEquals("usable", d.getString("pubstatus"));
            assertTrue(d.isNull("lastError"), d.toString());
            assertFalse(d.isNull("finishedAt"), d.toString());
            awaitStatus(pg.id(), article, 1, "delivered");
            assertEquals(1, ninjs.arrivals(of(pn.id(), article)).size(), "exactly one");
            assertEquals(1, g2.arrivals(of(pg.id(), article)).size(), "exactly one");
            assertEquals(1, log(pn.id(), article).size());
        } finally {
            cleanUp();
        }
    }

    /** The receiver answers 500 twice: delivered on the third attempt, the same uid each time; a 400 fails at once. */
    public void serverErrorsAreRetriedWithTheSameUidAndOther4xxFailAtOnce() {
        try (PushReceiver flaky = new PushReceiver(500, 500); PushReceiver refusing = new PushReceiver(400)) {
            Registered pf = register(flaky.url(), "ninjs", CHANNEL);
            Registered pr = register(refusing.url(), "ninjs", CHANNEL);
            long article = new Newsdesk(root).publish("重试测试 " + tag(), CHANNEL, "<p>正文。</p>", null);
            JsonObject d = awaitStatus(pf.id(), article, 1, "delivered");
            assertEquals(3, d.getInt("attempts"));
            assertEquals(200, d.getInt("lastCode"));
            List<Arrival> got = flaky.arrivals(of(pf.id(), article));
            assertEquals(3, got.size(), got.toString());
            assertEquals(Set.of(d.getString("uid")), new HashSet<>(got.stream().map(Arrival::delivery).toList()));
            got.forEach(a -> assertSigned(a, pf.secret()));
            assertEquals(got.get(0).body(), got.get(2).body());
            JsonObject f = awaitStatus(pr.id(), article, 1, "failed");
            assertEquals(1, f.getInt("attempts"));
            assertEquals(400, f.getInt("lastCode"));
            assertEquals("HTTP 400", f.getString("lastError"));
            assertEquals(1, refusing.arrivals(of(pr.id(), article)).size());
            JsonObject partner = Api.json(admin("GET", "api/admin/partners/" + pr.id(), null));
            assertFalse(partner.isNull("failingSince"), "a failure flags the partner as failing since then");
            assertTrue(Api.json(admin("GET", "api/admin/partners/" + pf.id(), null)).isNull("failingSince"), "a success clears it");
            assertTrue(f.getBoolean("redeliverable"), "a failed delivery without a newer one: the log offers redeliver");
            // redeliver: the failed one goes out again, same uid, and this time the receiver takes it
            JsonObject again = Api.json(admin("POST", "api/admin/deliveries/" + f.getJsonNumber("id").longValue() + "/redeliver", null));
            assertEquals("queued", again.getString("status"));
            assertFalse(again.getBoolean("redeliverable"), "queued again: not redeliverable until it is finished");
            JsonObject r = awaitStatus(pr.id(), article, 1, "delivered");
            assertTrue(r.getBoolean("redeliverable"));
            assertEquals(f.getString("uid"), r.getString("uid"));
            assertEquals(2, refusing.arrivals(of(pr.id(), article)).size());
            assertTrue(Api.json(admin("GET", "api/admin/partners/" + pr.id(), null)).isNull("failingSince"));
        } finally {
            cleanUp();
        }
    }

    /**
     * A receiver that sends its status line and then stalls in the body holds a sender for at most the timeout
     * (3 s in the tests): the attempt counts by its status (200: delivered), and another partner's push of the same
     * article is not held up behind it.
     */
    public void aReceiverThatStallsInTheBodyHoldsASenderOnlyUntilTheTimeout() throws Exception {
        com.sun.net.httpserver.HttpServer stalling = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newCachedThreadPool();
        stalling.setExecutor(threads);
        stalling.createContext("/", x -> {
            x.getRequestBody().readAllBytes();
            x.sendResponseHeaders(200, 100_000);
            x.getResponseBody().write('{');
            x.getResponseBody().flush();
            try {
                Thread.sleep(20_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            x.close();
        });
        stalling.start();
        try (PushReceiver healthy = new PushReceiver()) {
            Registered slow = register("http://127.0.0.1:" + stalling.getAddress().getPort() + "/stall", "ninjs", CHANNEL);
            Registered ok = register(healthy.url(), "ninjs", CHANNEL);
            long article = new Newsdesk(root).publish("卡住的接收端 " + tag(), CHANNEL, "<p>正文。</p>", null);
            Instant published = Instant.now();
            assertEquals(1, healthy.await(of(ok.id(), article), 1, Duration.ofSeconds(10)).size());
            JsonObject d = awaitStatus(slow.id(), article, 1, "delivered");
            assertEquals(200, d.getInt("lastCode"));
            assertEquals(1, d.getInt("attempts"));
            assertTrue(Duration.between(published, Instant.now()).toSeconds() < 10, "recorded within the timeout, not after the stall");
        } finally {
            stalling.stop(0);
            threads.shutdownNow();
            cleanUp();
        }
    }

    /** A correction is version 2 with the same uri; a withdrawal is a kill notice (pubstatus canceled); in order. */
    public void aCorrectionIsANewVersionAndAWithdrawalAKillNotice() {
        try (PushReceiver receiver = new PushReceiver(); PushReceiver g2 = new PushReceiver()) {
            Registered p = register(receiver.url(), "ninjs", CHANNEL);
            Registered pg = register(g2.url(), "newsml-g2", CHANNEL);
            Newsdesk desk = new Newsdesk(root);
            long article = desk.publish("更正测试 " + tag(), CHANNEL, "<p>初稿。</p>", null);
            awaitStatus(p.id(), article, 1, "delivered");
            desk.correct(article, "更正测试（更正） " + tag(), CHANNEL, "<p>更正后的正文。</p>", "更正数字");
            JsonObject v2 = awaitStatus(p.id(), article, 2, "delivered");
            assertEquals("usable", v2.getString("pubstatus"));
            desk.withdraw(article, "内容有误");
            JsonObject v3 = awaitStatus(p.id(), article, 3, "delivered");
            assertEquals("canceled", v3.getString("pubstatus"));
            List<Arrival> got = receiver.await(of(p.id(), article), 3, DEADLINE);
            assertEquals(3, got.size(), got.toString());
            List<JsonObject> docs = got.stream().map(a -> json(a.body())).toList();
            assertEquals(List.of("1", "2", "3"), docs.stream().map(o -> o.getString("version")).toList(), "in version order");
            assertEquals(docs.get(0).getString("uri"), docs.get(1).getString("uri"));
            assertEquals(docs.get(0).getString("uri"), docs.get(2).getString("uri"));
            assertEquals(List.of("usable", "usable", "canceled"), docs.stream().map(o -> o.getString("pubstatus")).toList());
            assertEquals(3, new HashSet<>(got.stream().map(Arrival::delivery).toList()).size(), "a uid per delivery");
            got.forEach(a -> assertSigned(a, p.secret()));
            got.forEach(a -> assertValid(a, "ninjs"));
            assertFalse(docs.get(2).containsKey("bodies"), "a kill notice has no body");
            assertTrue(docs.get(1).containsKey("bodies"));
            awaitStatus(pg.id(), article, 3, "delivered");
            List<Arrival> xml = g2.await(of(pg.id(), article), 3, DEADLINE);
            xml.forEach(a -> assertValid(a, "newsml-g2"));
            assertTrue(xml.get(2).body().contains("stat:canceled"), xml.get(2).body());
            assertTrue(xml.get(1).body().contains("version=\"2\""), xml.get(1).body());
        } finally {
            cleanUp();
        }
    }

    /**
     * 307 and 308 are followed (same body, same signature, same uid), each hop checked by the SSRF rule; a redirect
     * to a private address or any other 3xx fails the delivery at once.
     */
    public void redirectsAreFollowedOnlyAs307Or308ToAllowedAddresses() {
        try (PushReceiver target = new PushReceiver();
             PushReceiver hop = new PushReceiver().thenRedirect(307, target.url() + "?from=hop");
             PushReceiver entry = new PushReceiver().thenRedirect(308, hop.url());
             PushReceiver toPrivate = new PushReceiver().thenRedirect(307, "http://169.254.169.254/latest/meta-data/");
             PushReceiver found = new PushReceiver().thenRedirect(302, target.url())) {
            Registered followed = register(entry.url(), "ninjs", CHANNEL);
            Registered refused = register(toPrivate.url(), "ninjs", CHANNEL);
            Registered moved = register(found.url(), "ninjs", CHANNEL);
            long article = new Newsdesk(root).publish("跳转测试 " + tag(), CHANNEL, "<p>正文。</p>", null);
            JsonObject d = awaitStatus(followed.id(), article, 1, "delivered");
            assertEquals(1, d.getInt("attempts"), "following redirects is one attempt");
            Arrival first = entry.await(of(followed.id(), article), 1, DEADLINE).get(0);
            Arrival middle = hop.await(of(followed.id(), article), 1, DEADLINE).get(0);
            Arrival last = target.await(of(followed.id(), article), 1, DEADLINE).get(0);
            assertEquals(first.body(), last.body());
            assertEquals(first.signature(), last.signature());
            assertEquals(first.delivery(), middle.delivery());
            assertSigned(last, followed.secret());
            JsonObject r = awaitStatus(refused.id(), article, 1, "failed");
            assertEquals(1, r.getInt("attempts"));
            assertEquals(307, r.getInt("lastCode"));
            assertTrue(r.getString("lastError").startsWith("redirect endpoint_not_allowed"), r.toString());
            JsonObject m = awaitStatus(moved.id(), article, 1, "failed");
            assertEquals(302, m.getInt("lastCode"));
            assertEquals(1, m.getInt("attempts"));
            assertEquals(List.of(), target.arrivals(of(moved.id(), article)), "a 302 is not followed");
        } finally {
            cleanUp();
        }
    }

    /** A paused partner gets nothing (its deliveries wait, queued) until resumed, then gets them. */
    public void aPausedPartnerGetsNothingUntilResumed() {
        try (PushReceiver paused = new PushReceiver(); PushReceiver control = new PushReceiver()) {
            Registered pp = register(paused.url(), "ninjs", CHANNEL);
            Registered pc = register(control.url(), "ninjs", CHANNEL);
            JsonObject view = Api.json(admin("POST", "api/admin/partners/" + pp.id() + "/pause", null));
            assertTrue(view.getBoolean("paused"));
            assertEquals("manual", view.getString("pausedReason"));
            long article = new Newsdesk(root).publish("暂停测试 " + tag(), CHANNEL, "<p>正文。</p>", null);
            control.await(of(pc.id(), article), 1, DEADLINE);
            awaitStatus(pc.id(), article, 1, "delivered");
            // the control partner was served by the same worker polls: the paused one would have been too
            assertEquals(List.of(), paused.arrivals());
            JsonObject waiting = log(pp.id(), article).get(0);
            assertEquals("queued", waiting.getString("status"));
            assertEquals(0, waiting.getInt("attempts"));
            assertFalse(waiting.getBoolean("redeliverable"));
            HttpResponse<String> notFinished = admin("POST", "api/admin/deliveries/" + waiting.getJsonNumber("id").longValue() + "/redeliver", null);
            assertError(notFinished, 409, "delivery_not_finished", null);
            assertTrue(Api.json(notFinished).getString("message").startsWith("投递 #" + waiting.getJsonNumber("id").longValue() + " "),
                    notFinished.body());
            view = Api.json(admin("POST", "api/admin/partners/" + pp.id() + "/resume", null));
            assertFalse(view.getBoolean("paused"));
            assertTrue(view.isNull("pausedReason"));
            Arrival a = paused.await(of(pp.id(), article), 1, DEADLINE).get(0);
            assertSigned(a, pp.secret());
            awaitStatus(pp.id(), article, 1, "delivered");
        } finally {
            cleanUp();
        }
    }

    /** A partner not subscribed to the article's channel gets nothing, and no delivery is written for it. */
    public void aPartnerNotSubscribedToTheChannelGetsNothing() {
        try (PushReceiver other = new PushReceiver(); PushReceiver control = new PushReceiver()) {
            Registered po = register(other.url(), "ninjs", OTHER_CHANNEL);
            Registered pc = register(control.url(), "ninjs", CHANNEL);
            long article = new Newsdesk(root).publish("栏目测试 " + tag(), CHANNEL, "<p>正文。</p>", null);
            awaitStatus(pc.id(), article, 1, "delivered");
            assertEquals(List.of(), log(po.id()));
            assertEquals(List.of(), other.arrivals());
        } finally {
            cleanUp();
        }
    }

    /** Registration: SSRF rule, validation, credentials shown once, admin only; rotation signs twice in the grace period. */
    public void registrationRefusesPrivateEndpointsAndShowsCredentialsOnce() {
        try (PushReceiver receiver = new PushReceiver()) {
            String name = "登记测试 " + tag();
            for (String bad : List.of("http://10.0.0.1/", "http://169.254.169.254/latest/meta-data/", "http://localhost:8080/",
                    "http://[::1]/", "ftp://example.com/", "http://user:pw@127.0.0.1/")) {
                assertError(admin("POST", "api/admin/partners", "{\"name\":" + Api.str(name) + ",\"endpoint\":" + Api.str(bad)
                        + ",\"format\":\"ninjs\",\"channels\":[]}"), 400, "endpoint_not_allowed", "endpoint");
            }
            assertError(admin("POST", "api/admin/partners", "{\"name\":" + Api.str(name) + ",\"endpoint\":null,\"format\":\"rss\"}"),
                    400, "invalid_parameter", "format");
            assertError(admin("POST", "api/admin/partners", "{\"name\":" + Api.str(name) + ",\"format\":\"ninjs\",\"channels\":[\"no-such\"]}"),
                    400, "invalid_parameter", "channels");
            assertError(admin("POST", "api/admin/partners", "{\"name\":\"  \",\"format\":\"ninjs\"}"), 400, "invalid_parameter", "name");
            assertError(admin("POST", "api/admin/partners", "{\"name\":" + Api.str(name) + ",\"format\":\"ninjs\",\"secret\":\"mine\"}"),
                    400, "unknown_field", null);
            Registered p = register(receiver.url(), "ninjs", CHANNEL);
            assertTrue(p.key().matches("ipk_[A-Za-z0-9_-]{43}"), p.key());
            assertTrue(p.secret().matches("iss_[A-Za-z0-9_-]{43}"), p.secret());
            JsonObject view = Api.json(admin("GET", "api/admin/partners/" + p.id(), null));
            assertEquals(List.of(CHANNEL), view.getJsonArray("channels").getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
            assertFalse(view.toString().contains(p.secret()) || view.toString().contains(p.key()), "never shown again");
            assertFalse(admin("GET", "api/admin/partners", null).body().contains(p.secret()));
            String taken = Api.json(admin("GET", "api/admin/partners/" + p.id(), null)).getString("name");
            assertError(admin("POST", "api/admin/partners", "{\"name\":" + Api.str(taken) + ",\"format\":\"ninjs\"}"), 409, "partner_name_taken", "name");
            assertError(admin("GET", "api/admin/partners/999999999999", null), 404, "partner_not_found", null);
            // a pull-only partner has no endpoint
            HttpResponse<String> pull = admin("POST", "api/admin/partners", "{\"name\":" + Api.str("只拉取 " + tag()) + ",\"endpoint\":null,\"format\":\"newsml-g2\"}");
            assertEquals(201, pull.statusCode(), pull.body());
            partners.add(Api.json(pull).getJsonNumber("id").longValue());
            // rotation: the new secret is shown once; during the grace period a push carries both signatures
            JsonObject rotated = Api.json(admin("POST", "api/admin/partners/" + p.id() + "/rotate-secret", null));
            String secret = rotated.getString("secret");
            assertNotEquals(p.secret(), secret);
            assertFalse(rotated.isNull("previousSecretUntil"));
            long article = new Newsdesk(root).publish("轮换测试 " + tag(), CHANNEL, "<p>正文。</p>", null);
            Arrival a = receiver.await(of(p.id(), article), 1, DEADLINE).get(0);
            assertTrue(a.signature().matches("sha256=[0-9a-f]{64}, sha256=[0-9a-f]{64}"), a.signature());
            assertEquals(Signatures.sign(secret, Long.parseLong(a.timestamp()), a.body()) + ", "
                    + Signatures.sign(p.secret(), Long.parseLong(a.timestamp()), a.body()), a.signature(), "new first, then old");
            String key = Api.json(admin("POST", "api/admin/partners/" + p.id() + "/rotate-key", null)).getString("key");
            assertTrue(key.matches("ipk_[A-Za-z0-9_-]{43}") && !key.equals(p.key()));
            // PUT replaces name, endpoint and channels; an endpoint is checked again
            assertError(admin("PUT", "api/admin/partners/" + p.id(), "{\"name\":\"x\",\"endpoint\":\"http://192.168.1.1/\",\"channels\":[]}"),
                    400, "endpoint_not_allowed", "endpoint");
            JsonObject updated = Api.json(admin("PUT", "api/admin/partners/" + p.id(),
                    "{\"name\":" + Api.str(taken + "改") + ",\"endpoint\":" + Api.str(receiver.url()) + ",\"channels\":[]}"));
            assertEquals(taken + "改", updated.getString("name"));
            assertEquals(0, updated.getJsonArray("channels").size());
        } finally {
            cleanUp();
        }
    }

    /** Partner and delivery administration is for admins only: 401 anonymous, 403 for an editor. */
    public void partnersAndDeliveriesAreForAdminsOnly() {
        Api anonymous = new Api(root);
        StaffAccounts.Staff chief = StaffAccounts.create(root, "chief-editor");
        for (String[] c : new String[][] {{"GET", "api/admin/partners"}, {"POST", "api/admin/partners/1/pause"},
                {"GET", "api/admin/deliveries"}, {"POST", "api/admin/deliveries/1/redeliver"}}) {
            assertError(call(anonymous, c[0], c[1], null, false), 401, "login_required", null);
            assertError(call(chief.api(), c[0], c[1], null, false), 403, "forbidden", null);
        }
        assertError(call(anonymous, "POST", "api/admin/deliveries/backfill", "{\"partner\":1,\"count\":1}", false), 401, "login_required", null);
        assertError(admin("GET", "api/admin/deliveries?status=lost", null), 400, "invalid_parameter", "status");
        assertError(admin("GET", "api/admin/deliveries?cursor=0", null), 400, "invalid_parameter", "cursor");
        assertError(admin("GET", "api/admin/deliveries?size=101", null), 400, "invalid_parameter", "size");
    }

    /** Backfill queues the current documents of the partner's newest published articles; redeliver refuses an outdated one. */
    public void backfillQueuesTheNewestItemsOfThePartnersChannels() {
        try (PushReceiver receiver = new PushReceiver()) {
            Newsdesk desk = new Newsdesk(root);
            long first = desk.publish("回填一 " + tag(), CHANNEL, "<p>正文一。</p>", null);
            long second = desk.publish("回填二 " + tag(), CHANNEL, "<p>正文二。</p>", null);
            Registered p = register(receiver.url(), "ninjs", CHANNEL); // registered after both: pushes nothing yet
            assertError(admin("POST", "api/admin/deliveries/backfill", "{\"partner\":" + p.id() + ",\"count\":0}"), 400, "invalid_parameter", "count");
            assertError(admin("POST", "api/admin/deliveries/backfill", "{\"partner\":999999999999,\"count\":1}"), 404, "partner_not_found", null);
            HttpResponse<String> r = admin("POST", "api/admin/deliveries/backfill", "{\"partner\":" + p.id() + ",\"count\":2}");
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(2, Api.json(r).getInt("queued"));
            receiver.await(of(p.id(), first), 1, DEADLINE);
            receiver.await(of(p.id(), second), 1, DEADLINE);
            JsonObject d = awaitStatus(p.id(), second, 1, "delivered");
            assertEquals(2, log(p.id()).size());
            desk.correct(second, "回填二（更正） " + tag(), CHANNEL, "<p>正文二更正。</p>", "更正");
            JsonObject newest = awaitStatus(p.id(), second, 2, "delivered");
            assertTrue(newest.getBoolean("redeliverable"));
            JsonObject old = log(p.id(), second).stream().filter(x -> x.getInt("version") == 1).findFirst().orElseThrow();
            assertEquals("delivered", old.getString("status"));
            assertFalse(old.getBoolean("redeliverable"), "a newer delivery of the article exists: the log offers no redeliver");
            HttpResponse<String> outdated = admin("POST", "api/admin/deliveries/" + d.getJsonNumber("id").longValue() + "/redeliver", null);
            assertError(outdated, 409, "delivery_outdated", null);
            assertEquals("投递 #" + d.getJsonNumber("id").longValue() + " 之后该稿件已有更新的投递，请重新投递最新的一条",
                    Api.json(outdated).getString("message"));
        } finally {
            cleanUp();
        }
    }
}
