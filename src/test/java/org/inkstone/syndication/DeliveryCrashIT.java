package org.inkstone.syndication;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outbox survives a crash: a server of its own (Payara Micro with the built WAR, its own port, data folder and
 * database {@code <it database>_crash} on the integration-test MariaDB, outside the shared Arquillian deployment)
 * queues 200 deliveries (a backfill of 200 items) to a slow partner (a JDK {@code HttpServer} answering after
 * 200 ms); once some have arrived the server is killed with SIGKILL ({@link Process#destroyForcibly}) and started
 * again, and every one of the 200 items arrives. None is lost; an item that arrives more than once (sent before the
 * kill, its outcome not yet written) carries the same delivery id every time; the database shows all 200 delivered.
 */
class DeliveryCrashIT {

    private static final String TOKEN = "crash-admin-token";
    private static final int ITEMS = 200;
    private static final Duration RECEIVER_DELAY = Duration.ofMillis(200);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final Path work = Path.of(System.getProperty("it.war")).getParent().resolve("crash-it");
    private Process server;
    private HttpServer receiver;

    /** One arrival: the delivery id header ({@code X-Inkstone-Delivery}). */
    private record Arrival(String uid) {
    }

    private final ConcurrentLinkedQueue<Arrival> arrivals = new ConcurrentLinkedQueue<>();

    @AfterEach
    void stop() throws Exception {
        if (server != null && server.isAlive()) {
            server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void aServerKilledWithDeliveriesQueuedDeliversEveryOneAfterRestartWithTheSameDeliveryIds() throws Exception {
        String dbUrl = crashDatabase();
        int port = freePort();
        startReceiver();
        Path props = writeProperties(dbUrl);
        String root = "http://127.0.0.1:" + port + "/inkstone/";

        server = start(port, props, "first");
        List<Long> ids = seedItems(dbUrl);
        long partnerId = registerPartner(root);
        HttpResponse<String> backfill = admin(root, "POST", "api/admin/deliveries/backfill",
                "{\"partner\":" + partnerId + ",\"count\":" + ITEMS + "}");
        assertEquals(200, backfill.statusCode(), backfill.body());
        assertEquals(ITEMS, Json.createReader(new StringReader(backfill.body())).readObject().getInt("queued"));

        waitUntil(Duration.ofSeconds(60), () -> arrivals.size() >= 10, "the first deliveries");
        long pid = server.pid();
        server.destroyForcibly();
        assertTrue(server.waitFor(30, TimeUnit.SECONDS), "the killed server ended");
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "process " + pid + " is dead");
        int beforeRestart = distinctItems();
        assertTrue(beforeRestart < ITEMS, "killed while deliveries were still queued: " + beforeRestart + " of " + ITEMS + " had arrived");

        server = start(port, props, "second");
        waitUntil(Duration.ofSeconds(90), () -> distinctItems() == ITEMS, "every item after the restart");

        waitUntil(Duration.ofSeconds(30), () -> delivered(dbUrl, partnerId) == ITEMS, "the database to show every delivery delivered");
        Map<String, Long> outbox = outbox(dbUrl, partnerId);
        assertEquals(ITEMS, outbox.size(), "one delivery per item in the outbox");
        assertEquals(new HashSet<>(ids), new HashSet<>(outbox.values()), "every item has its delivery");
        Set<String> arrived = new HashSet<>();
        arrivals.forEach(a -> arrived.add(a.uid()));
        // every item arrived, and an item sent again after the restart came under the id it had before the kill:
        // a new id would be a second outbox row (the item twice above) or an id the outbox does not have (here)
        assertEquals(outbox.keySet(), arrived, "the delivery ids that arrived are exactly the outbox's");
        long repeats = arrivals.size() - arrived.size();
        System.out.println("DeliveryCrashIT: " + beforeRestart + " of " + ITEMS + " had arrived at the kill; "
                + repeats + " arrived twice (same delivery id)");
    }

    // ---- the server of its own ------------------------------------------------------------------------------

    /** {@code <database>_crash} next to the integration-test database, dropped and created empty; returns its URL. */
    private static String crashDatabase() throws Exception {
        String url = System.getProperty("it.db.url");
        Matcher m = Pattern.compile("^(jdbc:mysql://[^/]+/)([A-Za-z0-9_]+)(.*)$").matcher(url);
        assertTrue(m.matches(), "an it.db.url of the form jdbc:mysql://host:port/name?...: " + url);
        String name = m.group(2) + "_crash";
        try (Connection c = DriverManager.getConnection(url, System.getProperty("it.db.user"), System.getProperty("it.db.password"));
             Statement s = c.createStatement()) {
            s.executeUpdate("DROP DATABASE IF EXISTS " + name);
            s.executeUpdate("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return m.group(1) + name + m.group(3);
    }

    private Path writeProperties(String dbUrl) throws IOException {
        Files.createDirectories(work);
        Path data = work.resolve("data");
        deleteTree(data);
        String text = String.join("\n",
                "inkstone.db.url=" + dbUrl,
                "inkstone.db.user=" + System.getProperty("it.db.user"),
                "inkstone.db.password=" + System.getProperty("it.db.password"),
                "inkstone.data.dir=" + data,
                "inkstone.admin.token=" + TOKEN,
                "inkstone.account.admin.password=crash-admin-password",
                "inkstone.account.password.iterations=20000",
                "inkstone.syndication.allowed-hosts=127.0.0.1",
                "inkstone.syndication.poll-interval-ms=200",
                "inkstone.syndication.timeout-ms=3000",
                "inkstone.syndication.lease-seconds=10",
                "inkstone.syndication.retry-base-ms=200",
                "inkstone.syndication.retry-max-ms=1000",
                "");
        Path p = work.resolve("crash-system.properties");
        Files.writeString(p, text.replace("\\", "\\\\"));
        return p;
    }

    /** Payara Micro with the WAR at {@code /inkstone} on {@code port}; returns once {@code /api/ping} answers. */
    private Process start(int port, Path props, String run) throws Exception {
        Path target = work.getParent();
        Path rootDir = work.resolve("payara-" + run);
        deleteTree(rootDir);
        Path log = work.resolve("server-" + run + ".log");
        Path basedir = target.getParent();
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-jar", target.resolve("payara-micro.jar").toString(),
                "--nocluster", "--port", String.valueOf(port), "--rootdir", rootDir.toString(),
                "--systemProperties", props.toString(),
                "--prebootcommandfile", basedir.resolve("config/payara-preboot.asadmin").toString(),
                "--deploy", System.getProperty("it.war"), "--contextroot", "inkstone")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        String ping = "http://127.0.0.1:" + port + "/inkstone/api/ping";
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(p.isAlive(), "the " + run + " server exited; see " + log);
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(ping)).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return p;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        p.destroyForcibly();
        throw new AssertionError("the " + run + " server did not answer within 300 s; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (Files.exists(p)) {
            try (var walk = Files.walk(p)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    // ---- the partner --------------------------------------------------------------------------------------

    private void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        receiver.createContext("/inbox", ex -> {
            try (InputStream in = ex.getRequestBody()) {
                String body = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                Thread.sleep(RECEIVER_DELAY.toMillis());
                Json.createReader(new StringReader(body)).readObject(); // a JSON object arrived
                String uid = ex.getRequestHeaders().getFirst("X-Inkstone-Delivery");
                if (uid != null) {
                    arrivals.add(new Arrival(uid));
                }
                ex.sendResponseHeaders(204, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                ex.sendResponseHeaders(503, -1);
            } catch (RuntimeException e) {
                ex.sendResponseHeaders(400, -1);
            } finally {
                ex.close();
            }
        });
        receiver.setExecutor(Executors.newFixedThreadPool(8));
        receiver.start();
    }

    /** Distinct delivery ids arrived: one per item (the outbox holds one delivery per backfilled item). */
    private int distinctItems() {
        Set<String> uids = new HashSet<>();
        arrivals.forEach(a -> uids.add(a.uid()));
        return uids.size();
    }

    private long registerPartner(String root) throws Exception {
        String endpoint = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/inbox";
        HttpResponse<String> r = admin(root, "POST", "api/admin/partners",
                "{\"name\":\"崩溃测试伙伴\",\"endpoint\":\"" + endpoint + "\",\"format\":\"ninjs\",\"channels\":[]}");
        assertEquals(201, r.statusCode(), r.body());
        return Json.createReader(new StringReader(r.body())).readObject().getJsonNumber("id").longValue();
    }

    private static HttpResponse<String> admin(String root, String method, String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    // ---- the database -------------------------------------------------------------------------------------

    private static Connection connect(String dbUrl) throws Exception {
        return DriverManager.getConnection(dbUrl, System.getProperty("it.db.user"), System.getProperty("it.db.password"));
    }

    /**
     * 200 published articles, each with its change-log row (version 1, usable), as 200 newsroom publications leave
     * them: written straight into the crash database (seconds instead of minutes of newsroom API calls).
     */
    private static List<Long> seedItems(String dbUrl) throws Exception {
        List<Long> ids = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = connect(dbUrl)) {
            c.setAutoCommit(false);
            try (PreparedStatement a = c.prepareStatement("INSERT INTO article (channel_id, title, source, body, status, published_at,"
                    + " created_at, updated_at) VALUES ('tech', ?, '本报', ?, 'published', ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement seq = c.prepareStatement("UPDATE syndication_counter SET seq = LAST_INSERT_ID(seq + 1) WHERE id = 1");
                 PreparedStatement item = c.prepareStatement("INSERT INTO syndication_item (article_id, seq, version, pubstatus,"
                         + " channel_id, first_created, changed_at) VALUES (?, LAST_INSERT_ID(), 1, 'usable', 'tech', ?, ?)")) {
                for (int i = 1; i <= ITEMS; i++) {
                    a.setString(1, "崩溃测试稿件第" + i + "篇");
                    a.setString(2, "<p>崩溃测试的正文，第 " + i + " 篇。</p>");
                    a.setTimestamp(3, now);
                    a.setTimestamp(4, now);
                    a.setTimestamp(5, now);
                    a.executeUpdate();
                    try (ResultSet k = a.getGeneratedKeys()) {
                        k.next();
                        ids.add(k.getLong(1));
                    }
                    seq.executeUpdate();
                    item.setLong(1, ids.get(ids.size() - 1));
                    item.setTimestamp(2, now);
                    item.setTimestamp(3, now);
                    item.executeUpdate();
                }
            }
            c.commit();
        }
        return ids;
    }

    private static long delivered(String dbUrl, long partnerId) {
        try (Connection c = connect(dbUrl);
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM delivery WHERE partner_id = ? AND status = 'delivered'")) {
            s.setLong(1, partnerId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The partner's deliveries: uid to article id. */
    private static Map<String, Long> outbox(String dbUrl, long partnerId) throws Exception {
        Map<String, Long> out = new HashMap<>();
        try (Connection c = connect(dbUrl);
             PreparedStatement s = c.prepareStatement("SELECT uid, article_id FROM delivery WHERE partner_id = ?")) {
            s.setLong(1, partnerId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), r.getLong(2));
                }
            }
        }
        return out;
    }

    private static void waitUntil(Duration limit, BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + limit.toSeconds() + " s for " + what);
            }
            Thread.sleep(100);
        }
    }
}
