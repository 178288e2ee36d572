package org.inkstone.article;

import org.inkstone.comment.Api;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression scenarios for "every request counts as a view", run by {@code SiteIT} against its one deployment.
 * Each scenario has its own article (a slot of the list it is given) and its own client addresses, so none
 * depends on another or on order. Views are read from {@code GET /api/articles/{id}} (an API read counts no
 * view), which includes this node's views not yet flushed: the test server flushes only every 10 minutes.
 */
public final class ViewScenarios {

    static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
    private static final AtomicInteger NEXT = new AtomicInteger(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String root;
    private final List<Long> articles;

    /**
     * {@code root}: the application root URL; {@code articleIds}: at least 5 published articles that no other
     * test reads as a page, one per scenario (the same list for every instance, so each scenario keeps its own).
     */
    public ViewScenarios(String root, List<Long> articleIds) {
        this.root = root;
        this.articles = articleIds;
    }

    /** One client: its own address (172.16–31.x.y, sent as X-Forwarded-For) and, optionally, a cookie jar. */
    private final class Client {
        final String ip;
        final HttpClient http;

        Client(boolean keepsCookies) {
            int n = NEXT.getAndIncrement() + (int) (ProcessHandle.current().pid() % 1000) * 1000;
            ip = "172." + (16 + ((n >> 16) & 15)) + "." + ((n >> 8) & 255) + "." + (n & 255);
            HttpClient.Builder b = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1);
            if (keepsCookies) {
                b.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL));
            }
            http = b.build();
        }

        HttpRequest.Builder request(String path, String userAgent) {
            return HttpRequest.newBuilder(URI.create(root + path)).header("X-Forwarded-For", ip).header("User-Agent", userAgent);
        }

        HttpResponse<String> send(HttpRequest.Builder b) {
            try {
                return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        HttpResponse<String> page(long id) {
            return send(request("articles/" + id, FIREFOX));
        }
    }

    /** The article's view count as the API shows it (stored + this node's unflushed views); counts no view itself. */
    private long views(long id) {
        Client c = new Client(false);
        HttpResponse<String> r = c.send(c.request("api/articles/" + id, FIREFOX));
        assertEquals(200, r.statusCode(), r.body());
        return Api.json(r).getJsonNumber("views").longValue();
    }

    private static void assertOk(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.uri() + " " + r.body());
    }

    // ---------------------------------------------------------------------------------------------------

    /**
     * 200 page requests of one browser in about a second, 8 at a time, add one view, shown at once (before any
     * flush); the first answer sets the visitor cookie. A client without cookies is counted once too.
     */
    public void rapidRepeatedPageRequestsCountOneView() throws Exception {
        long id = articles.get(0);
        long before = views(id);
        Client browser = new Client(true);
        HttpResponse<String> first = browser.page(id);
        assertOk(first);
        String cookie = first.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("inkstone_visitor="))
                .findFirst().orElseThrow(() -> new AssertionError("no visitor cookie: " + first.headers().map()));
        // Payara adds its own SameSite=Lax to every cookie (payara-web.xml), so the attribute may appear twice.
        List<String> parts = List.of(cookie.split("\\s*;\\s*"));
        assertTrue(parts.get(0).matches("inkstone_visitor=[A-Za-z0-9_-]{24}"), cookie);
        assertTrue(parts.containsAll(List.of("Path=/inkstone", "Max-Age=31536000", "HttpOnly", "SameSite=Lax")), cookie);
        assertTrue(parts.stream().noneMatch(p -> p.equalsIgnoreCase("SameSite=None")), cookie);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 199; i++) {
                statuses.add(pool.submit(() -> browser.page(id).statusCode()));
            }
            for (Future<Integer> s : statuses) {
                assertEquals(200, s.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(before + 1, views(id), "200 requests of one browser");

        Client script = new Client(false);
        for (int i = 0; i < 50; i++) {
            assertOk(script.page(id));
        }
        assertEquals(before + 2, views(id), "50 requests of a client that keeps no cookies");
    }

    /** HEAD, API reads and prefetches count nothing; the same visitor's plain GET afterwards still counts. */
    public void headApiReadsAndPrefetchesCountNoView() {
        long id = articles.get(1);
        long before = views(id);
        Client reader = new Client(true);
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> head = reader.send(reader.request("articles/" + id, FIREFOX).method("HEAD", HttpRequest.BodyPublishers.noBody()));
            assertEquals(200, head.statusCode());
            assertTrue(head.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("inkstone_visitor=")),
                    "no visitor cookie for a request that cannot count");
            assertOk(reader.send(reader.request("api/articles/" + id, FIREFOX)));
        }
        assertOk(reader.send(reader.request("articles/" + id, FIREFOX).header("Sec-Purpose", "prefetch")));
        assertOk(reader.send(reader.request("articles/" + id, FIREFOX).header("Sec-Purpose", "prefetch;prerender")));
        assertOk(reader.send(reader.request("articles/" + id, FIREFOX).header("Purpose", "prefetch")));
        assertOk(reader.send(reader.request("articles/" + id, FIREFOX).header("X-Moz", "prefetch")));
        assertEquals(before, views(id), "HEAD, API reads and prefetches");
        assertOk(reader.page(id));
        assertEquals(before + 1, views(id), "then a plain GET of the same reader");
    }

    /** Crawlers and scripts that say so count nothing, each from its own address. */
    public void crawlersCountNoView() {
        long id = articles.get(2);
        long before = views(id);
        List<String> agents = List.of(
                "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
                "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)",
                "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
                "curl/8.5.0", "Wget/1.21.3", "python-requests/2.31.0",
                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/130.0.0.0 Safari/537.36");
        Client last = null;
        for (String ua : agents) {
            last = new Client(false);
            for (int i = 0; i < 3; i++) {
                assertOk(last.send(last.request("articles/" + id, ua)));
            }
        }
        assertEquals(before, views(id), "crawlers");
        assertOk(last.page(id));
        assertEquals(before + 1, views(id), "a browser at the last crawler's address");
    }

    /** A logged-in editor previewing an article counts nothing; a reader does. */
    public void staffPreviewsCountNoView() {
        long id = articles.get(3);
        long before = views(id);
        Api admin = new Api(root).logIn("admin", "it-admin-password");
        Client address = new Client(false);
        for (int i = 0; i < 3; i++) {
            assertOk(admin.send(address.request("articles/" + id, FIREFOX)));
        }
        assertEquals(before, views(id), "staff previews");
        assertOk(address.page(id));
        assertEquals(before + 1, views(id), "a reader at the same address");
    }

    /**
     * A script that invents a new visitor cookie for every request is capped at
     * {@code inkstone.views.per-address-max} (20) views of the article per address and window.
     */
    public void aScriptRotatingCookiesIsCappedPerAddress() {
        long id = articles.get(4);
        long before = views(id);
        Client script = new Client(false);
        for (int i = 0; i < 30; i++) {
            byte[] b = new byte[18];
            RANDOM.nextBytes(b);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
            assertOk(script.send(script.request("articles/" + id, FIREFOX).header("Cookie", "inkstone_visitor=" + token)));
        }
        assertEquals(before + 20, views(id));
    }
}
