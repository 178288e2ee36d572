package org.inkstone.article;

import java.util.List;
import java.util.Locale;

/**
 * Whether a request for an article page may count as a view: the one place that says what counts. Threat:
 * views feed 推荐文章 (see {@link Recommendations}), so anything that requests pages in bulk (crawlers, scripts,
 * link previews, browser prefetching, editors checking their own work) would otherwise decide what the whole
 * site recommends.
 *
 * <p>Counts: a {@code GET} of the article page ({@code /articles/{id}}) by a reader. Does not count, in this
 * order of checks: any other method ({@code HEAD} included), a request without a {@code User-Agent}, a
 * {@code User-Agent} containing one of {@link #CRAWLER_TOKENS} (case-insensitive), a prefetch
 * ({@code Sec-Purpose} or {@code Purpose} containing {@code prefetch}, or {@code X-Moz: prefetch}; Chrome's
 * prerender also sends {@code Sec-Purpose: prefetch;prerender}), a logged-in staff account (moderator and
 * above: previews). API reads ({@code GET /api/articles/{id}}) never ask. Whether a counting request is a
 * <em>new</em> view (one per visitor per article per window) is decided by {@link PageViews}, not here.
 *
 * <p>Pure and stateless; thread-safe.
 */
public final class ViewPolicy {

    /**
     * Lower-case substrings of a {@code User-Agent} that mark an automated client. Covers the self-declared
     * crawlers ({@code bot}, {@code crawler}, {@code spider}, Yahoo's {@code slurp}, Facebook's and
     * Google's fetchers), command-line and library clients (curl, wget, python-requests, urllib, Go's and
     * Java's {@code *-http-client}, Apache {@code httpclient}, okhttp, Scrapy) and headless browsers. A
     * client that pretends to be a browser is not caught here; {@link PageViews} still counts it once per
     * window and caps the views of one address.
     */
    public static final List<String> CRAWLER_TOKENS = List.of(
            "bot", "crawler", "spider", "slurp", "curl", "wget", "python-requests", "python-urllib", "http-client",
            "httpclient", "okhttp", "scrapy", "headlesschrome", "phantomjs", "facebookexternalhit", "feedfetcher",
            "lighthouse");

    /** The outcome of {@link #judge}; only {@link #COUNT} counts. */
    public enum Verdict {
        /** A reader's page view: counts once per visitor and window. */
        COUNT,
        /** Not a {@code GET} (e.g. {@code HEAD}). */
        NOT_GET,
        /** No {@code User-Agent} header (every browser sends one). */
        NO_USER_AGENT,
        /** The {@code User-Agent} names an automated client. */
        CRAWLER,
        /** A speculative load the reader may never see. */
        PREFETCH,
        /** A logged-in moderator, editor, chief editor or admin (a preview). */
        STAFF
    }

    private ViewPolicy() {
    }

    /**
     * Judges one request for an article page.
     *
     * @param method     the HTTP method, e.g. {@code GET} (null: not counted)
     * @param userAgent  the {@code User-Agent} header or null
     * @param secPurpose the {@code Sec-Purpose} header or null
     * @param purpose    the {@code Purpose} header or null
     * @param xMoz       the {@code X-Moz} header or null
     * @param staff      whether the caller is logged in with a staff role
     * @return the first reason not to count, in the order of the class comment, or {@link Verdict#COUNT}
     */
    public static Verdict judge(String method, String userAgent, String secPurpose, String purpose, String xMoz,
                                boolean staff) {
        if (!"GET".equals(method)) {
            return Verdict.NOT_GET;
        }
        if (userAgent == null || userAgent.isBlank()) {
            return Verdict.NO_USER_AGENT;
        }
        if (isCrawler(userAgent)) {
            return Verdict.CRAWLER;
        }
        if (mentionsPrefetch(secPurpose) || mentionsPrefetch(purpose) || mentionsPrefetch(xMoz)) {
            return Verdict.PREFETCH;
        }
        return staff ? Verdict.STAFF : Verdict.COUNT;
    }

    /** True when {@code userAgent} contains one of {@link #CRAWLER_TOKENS}, ignoring case. */
    public static boolean isCrawler(String userAgent) {
        String ua = userAgent.toLowerCase(Locale.ROOT);
        for (String token : CRAWLER_TOKENS) {
            if (ua.contains(token)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsPrefetch(String header) {
        return header != null && header.toLowerCase(Locale.ROOT).contains("prefetch");
    }
}
