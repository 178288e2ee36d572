package org.inkstone.article;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.inkstone.account.Caller;
import org.inkstone.common.ClientAddress;
import org.inkstone.common.KeyedHash;
import org.inkstone.common.TokenCookie;
import org.inkstone.common.RateLimiter;

import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Decides whether an article page request is a new view and, if so, counts it ({@link ViewCounter#record}).
 * Threat: views rank 推荐文章 site-wide, so one client reloading a page, or a script, must not move an article
 * into the list. Rules:
 * <ol>
 *   <li>{@link ViewPolicy} must say {@link ViewPolicy.Verdict#COUNT COUNT} (a reader's {@code GET}: no crawler,
 *       prefetch, {@code HEAD} or staff preview).</li>
 *   <li>One view per visitor per article per window of {@code inkstone.views.visitor-window-minutes} minutes
 *       (fixed windows aligned to the epoch, so two requests either side of a boundary count twice). The claim
 *       is a row of {@code article_view_claim} in the database all nodes share; its primary key lets exactly one
 *       of any number of concurrent claims win. A node remembers claims it has seen for the rest of the window,
 *       so repeated requests of one visitor cost no database write.</li>
 *   <li>The visitor is the random visitor cookie {@code inkstone_visitor} (HttpOnly, SameSite=Lax, one year;
 *       {@code Secure} on HTTPS or with {@code inkstone.session.cookie-secure}), or, without one, the client
 *       address ({@link ClientAddress}). A request without the cookie is judged by its address and is given a
 *       new cookie that is claimed at once for this article and window, so the browser's next requests (now with
 *       the cookie) never count the view a second time, however many ran in parallel. Consequences: a client
 *       that keeps no cookies counts once per address; readers behind one shared address (an office NAT) count
 *       once between them on the first article they open without a cookie, separately afterwards; and each
 *       cookie-less request costs one insert (the new cookie's claim).</li>
 *   <li>At most {@code inkstone.views.per-address-max} views per client address per article per window, in
 *       {@code rate_window}: a script that invents a new cookie for every request is capped there.</li>
 * </ol>
 * Only keyed hashes (HMAC-SHA256 under the server secret) of cookies and addresses are stored. A database
 * failure loses the view (logged), never the page.
 *
 * <p>Thread-safe.
 */
@ApplicationScoped
public class PageViews {

    private static final Logger LOG = Logger.getLogger(PageViews.class.getName());
    static final TokenCookie COOKIE = new TokenCookie("inkstone_visitor");
    private static final int PURGE_BATCH = 10_000;

    @Inject
    ViewClaimMapper claims;

    @Inject
    ViewCounter counter;

    @Inject
    RateLimiter limiter;

    @Inject
    ClientAddress clients;

    @Inject
    KeyedHash keyedHash;

    @Inject
    Caller caller;

    @Inject
    ArticleSettings settings;

    Clock clock = Clock.systemUTC();

    /** Claims this node has already seen (won or lost), keyed {@code articleId:visitorHash:windowStart}. */
    private volatile Cache<String, Boolean> seen;

    /**
     * Counts the request as a view of article {@code articleId} if it is a new one (rules above); may add the
     * visitor cookie to {@code response}. Call only for an article that exists and is published, before the
     * response is committed.
     *
     * @return true when a view was counted
     */
    public boolean count(long articleId, HttpServletRequest request, HttpServletResponse response) {
        ViewPolicy.Verdict verdict = ViewPolicy.judge(request.getMethod(), request.getHeader("User-Agent"),
                request.getHeader("Sec-Purpose"), request.getHeader("Purpose"), request.getHeader("X-Moz"),
                isStaff());
        if (verdict != ViewPolicy.Verdict.COUNT) {
            return false;
        }
        try {
            long window = windowSeconds();
            long now = clock.millis() / 1000;
            long windowStart = now - now % window;
            String token = COOKIE.read(request);
            if (token != null) {
                if (!claim(articleId, keyedHash.hex("visitor", "t:" + token), windowStart)) {
                    return false;
                }
            } else {
                String fresh = COOKIE.issue(request, response, request.isSecure() || settings.cookieSecure());
                // This request's view is judged by its address; the new cookie must not count it a second time.
                claim(articleId, keyedHash.hex("visitor", "t:" + fresh), windowStart);
                if (!claim(articleId, keyedHash.hex("visitor", "c:" + clients.of(request)), windowStart)) {
                    return false;
                }
            }
            int max = settings.viewsPerAddress();
            long fromAddress = limiter.count(new RateLimiter.Limit("view", max, (int) window),
                    articleId + ":" + clients.hash(request));
            if (fromAddress > max) {
                return false;
            }
            counter.record(articleId);
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "view of article " + articleId + " not counted", e);
            return false;
        }
    }

    /** The visitor window in seconds ({@code inkstone.views.visitor-window-minutes} × 60). */
    public long windowSeconds() {
        return settings.visitorWindow().toSeconds();
    }

    /**
     * Deletes the claims of past windows, in batches of 10,000 rows; returns how many. Run by the periodic
     * purge of {@code web.Startup}.
     */
    public int purge() {
        long window = windowSeconds();
        long now = clock.millis() / 1000;
        long current = now - now % window;
        int total = 0;
        int n;
        do {
            n = claims.deleteBefore(current, PURGE_BATCH);
            total += n;
        } while (n == PURGE_BATCH);
        return total;
    }

    /** True when this call took the claim; false when this node or the database already had it. */
    private boolean claim(long articleId, String visitorHash, long windowStart) {
        String key = articleId + ":" + visitorHash + ":" + windowStart;
        Cache<String, Boolean> cache = seen();
        if (cache.getIfPresent(key) != null) {
            return false;
        }
        boolean won = claims.claim(articleId, visitorHash, windowStart) == 1;
        cache.put(key, Boolean.TRUE);
        return won;
    }

    private Cache<String, Boolean> seen() {
        Cache<String, Boolean> c = seen;
        if (c == null) {
            c = Caffeine.newBuilder().maximumSize(50_000).expireAfterWrite(Duration.ofSeconds(windowSeconds())).build();
            seen = c;
        }
        return c;
    }

    private boolean isStaff() {
        return caller.account().map(a -> a.role().isStaff()).orElse(false);
    }



}
