package org.inkstone.common;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The decision of {@link RequestGuard} for one request, without the request: whether a state-changing
 * request may come from where it says it comes from and carry what it carries. Threat: cross-site request
 * forgery (a page on another site makes a logged-in reader's browser post, flag, log out or change a
 * password with the session cookie). Rules, for every method except {@code GET}, {@code HEAD} and
 * {@code OPTIONS}:
 * <ol>
 *   <li>an {@code Origin} header must parse strictly ({@link Origin#parse}; {@code null}, user information,
 *       paths and the like are refused) and name the request's own host (its {@code Host} header) or an
 *       origin the caller lists;</li>
 *   <li>without {@code Origin}, {@code Sec-Fetch-Site: cross-site} is refused (clients that send neither are
 *       not browsers, so no ambient cookie is at stake);</li>
 *   <li>a request with a body must say {@code Content-Type: application/json} (parameters such as
 *       {@code charset} allowed), which an HTML form or a no-CORS fetch cannot send;</li>
 *   <li>except a {@code multipart/form-data} body (file uploads, which a form <em>can</em> send): allowed only
 *       with an {@code Origin} naming this very host (never a listed origin), or from a client that sends
 *       neither {@code Origin} nor {@code Sec-Fetch-Site} (not a browser: scripts, tests). Every current
 *       browser sends {@code Origin} with a {@code POST}, so a cross-site form post is refused (403 with a
 *       foreign {@code Origin}, 415 with {@code Sec-Fetch-Site} and no {@code Origin}).</li>
 * </ol>
 * Stateless and thread-safe.
 */
public final class CrossSiteCheck {

    /** What to do with a request. */
    public enum Outcome {
        /** Let it through. */
        ALLOWED,
        /** 403 {@code cross_site_refused}. */
        CROSS_SITE_REFUSED,
        /** 415 {@code unsupported_media_type}. */
        UNSUPPORTED_MEDIA_TYPE
    }

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private CrossSiteCheck() {
    }

    /**
     * Decides a request.
     *
     * @param method       the HTTP method as sent (case-sensitive, as HTTP defines it)
     * @param origin       the {@code Origin} header or null
     * @param secFetchSite the {@code Sec-Fetch-Site} header or null
     * @param contentType  the {@code Content-Type} header or null
     * @param hasBody      whether the request has a body (a content type, a positive length or a transfer coding)
     * @param host         the {@code Host} header or null
     * @param listed       whether an origin that is not this host may send state-changing requests here (the
     *                     CORS list; the caller also decides by path, e.g. never for admin endpoints)
     */
    public static Outcome decide(String method, String origin, String secFetchSite, String contentType, boolean hasBody,
                                 String host, Predicate<Origin> listed) {
        if (SAFE.contains(method)) {
            return Outcome.ALLOWED;
        }
        boolean sameHost = false;
        if (origin != null) {
            Optional<Origin> o = Origin.parse(origin);
            sameHost = o.isPresent() && o.get().sameHost(host);
            if (o.isEmpty() || !(sameHost || listed.test(o.get()))) {
                return Outcome.CROSS_SITE_REFUSED;
            }
        } else if ("cross-site".equalsIgnoreCase(secFetchSite == null ? null : secFetchSite.strip())) {
            return Outcome.CROSS_SITE_REFUSED;
        }
        if (isMultipartFormData(contentType)) {
            if (origin != null) {
                return sameHost ? Outcome.ALLOWED : Outcome.CROSS_SITE_REFUSED;
            }
            return secFetchSite == null ? Outcome.ALLOWED : Outcome.UNSUPPORTED_MEDIA_TYPE;
        }
        if ((hasBody || contentType != null) && !isJson(contentType)) {
            return Outcome.UNSUPPORTED_MEDIA_TYPE;
        }
        return Outcome.ALLOWED;
    }

    /** True for {@code application/json} with or without parameters, in any letter case; false for null. */
    static boolean isJson(String contentType) {
        return "application/json".equals(essence(contentType));
    }

    /** True for {@code multipart/form-data} with or without parameters, in any letter case; false for null. */
    static boolean isMultipartFormData(String contentType) {
        return "multipart/form-data".equals(essence(contentType));
    }

    private static String essence(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}
