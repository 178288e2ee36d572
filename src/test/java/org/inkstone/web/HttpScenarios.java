package org.inkstone.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.JsonObject;
import org.inkstone.comment.Api;
import org.inkstone.comment.TestDb;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HTTP contract every endpoint shares: ids, request bodies (size, depth, unknown fields), roles and the
 * OpenAPI document. Run by {@code SiteIT} against its one deployment; each scenario uses its own article, its
 * own readers (fresh client addresses via {@link Api}) and, for raw requests, its own X-Forwarded-For
 * address, so scenarios do not share rate limits or data.
 */
public final class HttpScenarios {

    private static final String TOKEN = "it-admin-token";
    private static final String ADMIN_PASSWORD = "it-admin-password";
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    private final String root;
    private final List<Long> articles;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /**
     * {@code root}: the application root URL ({@code http://127.0.0.1:port/inkstone/}); {@code articleIds}: at
     * least four published articles that no other test uses; {@code port}: the server's HTTP port.
     */
    public HttpScenarios(String root, List<Long> articleIds, int port) {
        this.root = root;
        this.articles = articleIds;
        this.port = port;
    }

    /** A client address of its own for a raw request (10.250.x.y; {@link Api} uses other addresses). */
    private static String address() {
        int n = NEXT_ADDRESS.getAndIncrement() + (int) (ProcessHandle.current().pid() % 100) * 500;
        return "10.250." + ((n >> 8) & 255) + "." + (n & 255);
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(root + path)).header("X-Forwarded-For", address());
    }

    private HttpResponse<String> withToken(String method, String path, String token, String json) {
        HttpRequest.Builder b = request(path).header("Authorization", "Bearer " + token);
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        return send(b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    private static void assertError(HttpResponse<String> r, int status, String code) {
        assertEquals(status, r.statusCode(), r.uri() + " " + r.body());
        JsonObject e = Api.json(r);
        assertEquals(status, e.getInt("status"), r.body());
        assertEquals(code, e.getString("code"), r.uri() + " " + r.body());
        assertFalse(e.getString("message").isBlank(), r.body());
    }

    private static void assertNamed(HttpResponse<String> r, int status, String code, String field) {
        assertError(r, status, code);
        assertTrue(Api.json(r).getJsonObject("fields").containsKey(field), r.uri() + " " + field + " -> " + r.body());
    }

    private static long commentsOn(long article) {
        return TestDb.count("SELECT COUNT(*) FROM comment WHERE article_id = ?", article);
    }

    private static String comment(String body, String parentId) {
        return "{\"body\":" + Api.str(body) + ",\"parentId\":" + parentId + "}";
    }

    // ---------------------------------------------------------------------------------------------------

    /**
     * Fault 3: {@code parentId: 1.9} was stored as parent 1. Every id that is not a plain integer in range is
     * 400 {@code invalid_parameter} naming the field, in bodies, paths and queries alike.
     */
    public void parentIdWithFractionIsRefusedNamingTheField() {
        long a = articles.get(0);
        Api reader = new Api(root).registerAndLogIn("ids_reader_" + RUN, "编号读者");
        HttpResponse<String> first = reader.post("api/articles/" + a + "/comments", comment("根评论", null));
        assertEquals(201, first.statusCode(), first.body());
        long parent = Api.json(first).getJsonNumber("id").longValue();
        long before = commentsOn(a);
        for (String bad : List.of(parent + ".9", "\"" + parent + "\"", "1e3", "-1", "0", "1000000000000000000", parent + ".0")) {
            assertNamed(reader.post("api/articles/" + a + "/comments", comment("回复", bad)), 400, "invalid_parameter", "parentId");
        }
        assertEquals(before, commentsOn(a), "nothing stored");
        assertEquals(201, reader.post("api/articles/" + a + "/comments", comment("回复", Long.toString(parent))).statusCode());

        assertNamed(reader.post("api/captcha", "{\"action\":\"comment\",\"articleId\":" + a + ".5}"), 400, "invalid_parameter", "articleId");
        assertNamed(reader.post("api/comments/1.5/flags", "{\"reason\":\"spam\"}"), 400, "invalid_parameter", "id");
        assertNamed(reader.get("api/articles/" + a + "/comments?cursor=1e3"), 400, "invalid_parameter", "cursor");
        assertNamed(reader.get("api/articles/" + a + ".0/comments"), 400, "invalid_parameter", "id");
        assertNamed(reader.get("api/articles/-" + a), 400, "invalid_parameter", "id");
        assertEquals(404, reader.get("articles/" + a + ".9").statusCode(), "a page answers a bad id with its 404 page");

        Api mod = new Api(root).logIn("admin", ADMIN_PASSWORD);
        assertNamed(mod.post("api/admin/comments/actions", "{\"ids\":[" + parent + ".5],\"action\":\"approve\"}"), 400, "invalid_parameter", "ids");
        assertNamed(mod.post("api/admin/comments/actions", "{\"ids\":[\"" + parent + "\"],\"action\":\"approve\"}"), 400, "invalid_parameter", "ids");
        assertNamed(mod.get("api/admin/comments?article=01"), 400, "invalid_parameter", "article");
        assertNamed(mod.delete("api/admin/comments/" + parent + ".0"), 400, "invalid_parameter", "id");
        assertNamed(mod.post("api/admin/blocks", "{\"accountId\":1.5,\"hours\":1,\"reason\":\"x\"}"), 400, "invalid_parameter", "accountId");
        assertNamed(mod.delete("api/admin/blocks?accountId=1e3"), 400, "invalid_parameter", "accountId");
        assertNamed(withToken("POST", "api/admin/picks", TOKEN, "{\"articleId\":" + a + ".5,\"position\":0}"), 400, "invalid_parameter", "articleId");
        assertNamed(withToken("POST", "api/admin/articles/" + a + ".0/withdraw", TOKEN, null), 400, "invalid_parameter", "id");
        assertEquals(1, TestDb.count("SELECT COUNT(*) FROM article WHERE id = ? AND status = 'published'", a), "nothing withdrawn");
    }

    /** Fault 4: unknown fields were ignored (a 5 MB "junk" was accepted). Now 400 naming the field, nothing stored. */
    public void unknownJsonFieldIsRefusedNamingIt() {
        long a = articles.get(1);
        Api reader = new Api(root).registerAndLogIn("junk_reader_" + RUN, "字段读者");
        HttpResponse<String> r = reader.post("api/articles/" + a + "/comments", "{\"body\":\"ok\",\"junk\":\"" + "x".repeat(2000) + "\"}");
        assertError(r, 400, "unknown_field");
        assertEquals(Map.of("junk", "未知字段"), Map.copyOf(Api.json(r).getJsonObject("fields").entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> ((jakarta.json.JsonString) e.getValue()).getString()))));
        assertNamed(reader.post("api/captcha", "{\"action\":\"comment\",\"articleId\":" + a + ",\"extra\":1}"), 400, "unknown_field", "extra");
        assertNamed(reader.post("api/comments/1/flags", "{\"reason\":\"spam\",\"why\":\"x\"}"), 400, "unknown_field", "why");
        assertNamed(new Api(root).post("api/session", "{\"username\":\"a\",\"password\":\"b\",\"remember\":true}"), 400, "unknown_field", "remember");
        assertEquals(0, commentsOn(a));
        assertEquals(201, reader.post("api/articles/" + a + "/comments", "{\"body\":\"ok\"}").statusCode());
    }

    /** A raw HTTP/1.1 request whose body is never finished; returns the status line the server answers with. */
    private String statusBeforeTheBodyEnds(String path, String headers, byte[] bodyStart) throws Exception {
        return statusBeforeTheBodyEnds(path, headers, bodyStart, address());
    }

    private String statusBeforeTheBodyEnds(String path, String headers, byte[] bodyStart, String client) throws Exception {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            s.setSoTimeout(20_000); // the server must answer without waiting for the rest of the body
            OutputStream out = s.getOutputStream();
            out.write(("POST " + URI.create(root).getPath() + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nContent-Type: application/json\r\nX-Forwarded-For: " + client + "\r\n" + headers + "\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(bodyStart);
            out.flush();
            InputStream in = s.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c; (c = in.read()) != -1 && c != '\n'; ) {
                line.append((char) c);
            }
            return line.toString().trim();
        }
    }

    /**
     * Fault 4: bodies were read whole before any check. A body announced (or streamed) past the endpoint's
     * limit is answered 413 before the server reads it, and does not count against the posting rate limit.
     */
    public void oversizedBodyIs413BeforeItIsRead() throws Exception {
        long a = articles.get(2);
        String path = "api/articles/" + a + "/comments";
        byte[] start = "{\"body\":\"ok\",\"junk\":\"xxxxxxxx".getBytes(StandardCharsets.UTF_8);
        String announced = statusBeforeTheBodyEnds(path, "Content-Length: 5242880\r\n", start);
        assertTrue(announced.startsWith("HTTP/1.1 413"), announced);

        byte[] chunk = new byte[70_000];
        java.util.Arrays.fill(chunk, (byte) 'x');
        System.arraycopy(start, 0, chunk, 0, start.length);
        byte[] chunked = new byte[chunk.length + 16];
        byte[] head = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, chunked, 0, head.length);
        System.arraycopy(chunk, 0, chunked, head.length, chunk.length);
        String chunkedStatus = statusBeforeTheBodyEnds(path, "Transfer-Encoding: chunked\r\n",
                java.util.Arrays.copyOf(chunked, head.length + chunk.length));
        assertTrue(chunkedStatus.startsWith("HTTP/1.1 413"), chunkedStatus);

        Api reader = new Api(root);
        HttpResponse<String> small = reader.send(json(reader, "api/captcha",
                "{\"action\":\"comment\",\"articleId\":" + a + ",\"pad\":\"" + "x".repeat(17_000) + "\"}"));
        assertError(small, 413, "payload_too_large"); // 16 KiB default where no endpoint asks for more

        String client = address(); // the anonymous posting limit is 5 a minute per client address
        for (int i = 0; i < 8; i++) {
            String status = statusBeforeTheBodyEnds(path, "Content-Length: 70000\r\n", start, client);
            assertTrue(status.startsWith("HTTP/1.1 413"), status);
        }
        HttpResponse<String> normal = send(HttpRequest.newBuilder(URI.create(root + path)).header("X-Forwarded-For", client)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"nickname\":\"匿名\",\"body\":\"正常长度\"}")));
        assertError(normal, 400, "captcha_required"); // not 429: the 413s were answered before the rate limit counted
        assertEquals(0, commentsOn(a));
    }

    /** Fault 4: objects nested 10,000 deep inside an unknown field were accepted. Now 400 before JSON-B runs. */
    public void deeplyNestedJsonIsRefused() {
        long a = articles.get(3);
        Api reader = new Api(root).registerAndLogIn("deep_reader_" + RUN, "嵌套读者");
        String deep = "{\"body\":\"ok\",\"junk\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        assertError(reader.post("api/articles/" + a + "/comments", deep), 400, "invalid_json");
        String objects = "{\"body\":\"ok\",\"junk\":" + "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000) + "}";
        assertError(reader.post("api/articles/" + a + "/comments", objects), 400, "invalid_json");
        assertEquals(0, commentsOn(a));
    }

    /** Fault 7: the first call of /openapi answered 500. Now a valid document of the public API, admin paths left out. */
    public void openApiDocumentParsesAndOmitsAdminPaths() {
        String server = root.substring(0, root.indexOf('/', "http://".length()));
        for (String accept : List.of("*/*", "application/json")) { // YAML by default
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server + "/openapi/")).header("Accept", accept));
            assertEquals(200, r.statusCode(), r.body());
            SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(r.body(), null, null);
            assertEquals(List.of(), parsed.getMessages() == null ? List.of() : parsed.getMessages(), accept);
            OpenAPI api = parsed.getOpenAPI();
            assertNotNull(api, accept);
            Set<String> paths = api.getPaths().keySet();
            for (String p : List.of("/api/articles", "/api/articles/{id}", "/api/articles/{id}/comments", "/api/search",
                    "/api/channels", "/api/captcha", "/api/comments/{id}/flags", "/api/session", "/api/accounts")) {
                assertTrue(paths.contains(p), p + " in " + paths);
            }
            for (String p : paths) {
                assertTrue(p.startsWith("/api/") && !p.startsWith("/api/admin"), "public API only: " + p);
            }
            assertNotNull(api.getPaths().get("/api/articles/{id}/comments").getPost(), "posting a comment is documented");
            assertTrue(api.getComponents().getSchemas().keySet().stream().noneMatch(n -> n.contains("Queue") || n.contains("Block")),
                    "admin types are not published: " + api.getComponents().getSchemas().keySet());
        }
    }

    private static final List<String[]> ADMIN = List.of(
            new String[]{"GET", "api/admin/comments", null},
            new String[]{"POST", "api/admin/comments/actions", "{\"ids\":[1],\"action\":\"approve\"}"},
            new String[]{"DELETE", "api/admin/comments/999999999", null},
            new String[]{"POST", "api/admin/blocks", "{\"accountId\":999999999,\"hours\":1,\"reason\":\"x\"}"},
            new String[]{"DELETE", "api/admin/blocks?accountId=999999999", null},
            new String[]{"POST", "api/admin/index/rebuild", null},
            new String[]{"POST", "api/admin/articles/999999999/withdraw", null},
            new String[]{"POST", "api/admin/picks", "{\"articleId\":999999999,\"position\":0}"});

    private static HttpResponse<String> call(Api api, String[] c) {
        return switch (c[0]) {
            case "GET" -> api.get(c[1]);
            case "DELETE" -> api.delete(c[1]);
            default -> c[2] == null ? api.send(api.request(c[1]).POST(HttpRequest.BodyPublishers.noBody())) : api.post(c[1], c[2]);
        };
    }

    /** Roles are declared with @RolesAllowed: an anonymous caller of any admin endpoint gets 401 login_required. */
    public void anonymousCallerOfAdminApiGets401() {
        for (String[] c : ADMIN) {
            assertError(call(new Api(root), c), 401, "login_required");
            assertError(withToken(c[0], c[1], "wrong-token", c[2]), 401, "login_required");
        }
        HttpResponse<String> page = new Api(root).get("admin/comments");
        assertEquals(303, page.statusCode());
        String location = java.net.URLDecoder.decode(page.headers().firstValue("Location").orElse(""), StandardCharsets.UTF_8);
        assertTrue(location.endsWith("/login?return=" + URI.create(root).getPath() + "admin/comments"), location);
    }

    /** A logged-in reader gets 403 forbidden from every admin endpoint (and the moderation page); staff get in. */
    public void readerCallerOfAdminApiGets403() {
        Api reader = new Api(root).registerAndLogIn("role_reader_" + RUN, "角色读者");
        for (String[] c : ADMIN) {
            assertError(call(reader, c), 403, "forbidden");
        }
        HttpResponse<String> page = reader.get("admin/comments");
        assertEquals(403, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));

        Api admin = new Api(root).logIn("admin", ADMIN_PASSWORD);
        assertEquals(200, admin.get("api/admin/comments").statusCode(), "admin includes moderator");
        assertEquals(200, admin.get("admin/comments").statusCode());
        assertError(withToken("POST", "api/admin/articles/999999999/withdraw", TOKEN, null), 404, "article_not_found"); // the token holds the admin role
        assertError(withToken("GET", "api/admin/comments", TOKEN, null), 403, "forbidden"); // the queue shows client hashes: staff accounts only
        assertError(withToken("POST", "api/admin/comments/actions", TOKEN, "{\"ids\":[999999999],\"action\":\"approve\"}"), 403, "forbidden");
    }

    private static HttpRequest.Builder json(Api api, String path, String json) {
        return api.request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    }
}
