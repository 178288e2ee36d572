package org.inkstone.comment;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.StringReader;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One simulated reader of the system tests: its own cookie jar (session, writer cookie) and its own client
 * address, sent as {@code X-Forwarded-For} (the test server trusts 127.0.0.1 as a proxy), so tests never share
 * rate limits by accident. Speaks HTTP/1.1 to the server's loopback address.
 */
public final class Api {

    private static final AtomicInteger NEXT = new AtomicInteger(1);

    final String root;
    final String clientIp;
    final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    /** A reader at a fresh address 10.x.y.z; {@code root} is e.g. {@code http://127.0.0.1:8080/inkstone/}. */
    public Api(String root) {
        this.root = root;
        int n = NEXT.getAndIncrement() + (int) (ProcessHandle.current().pid() % 1000) * 1000;
        this.clientIp = "10." + ((n >> 16) & 255) + "." + ((n >> 8) & 255) + "." + (n & 255);
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).build();
    }

    /** A request to {@code path} (relative to the root) from this reader's address. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(root + path)).header("X-Forwarded-For", clientIp);
    }

    public HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path) {
        return send(request(path));
    }

    public HttpResponse<String> post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    public static JsonObject json(HttpResponse<String> r) {
        try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readObject();
        }
    }

    /** JSON string literal of {@code s} (quotes included), via the JSON library. */
    public static String str(String s) {
        return s == null ? "null" : Json.createArrayBuilder().add(s).build().toString().replaceAll("^\\[|\\]$", "");
    }

    /** Registers an account and logs this reader in as it. */
    public Api registerAndLogIn(String username, String displayName) {
        HttpResponse<String> r = post("api/accounts", "{\"username\":" + str(username) + ",\"displayName\":" + str(displayName)
                + ",\"password\":\"correct horse battery\"}");
        if (r.statusCode() != 201) {
            throw new AssertionError("register " + username + ": " + r.statusCode() + " " + r.body());
        }
        return logIn(username, "correct horse battery");
    }

    public Api logIn(String username, String password) {
        HttpResponse<String> r = post("api/session", "{\"username\":" + str(username) + ",\"password\":" + str(password) + "}");
        if (r.statusCode() != 200) {
            throw new AssertionError("log in " + username + ": " + r.statusCode() + " " + r.body());
        }
        return this;
    }
}
