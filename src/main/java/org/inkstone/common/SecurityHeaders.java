package org.inkstone.common;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Response headers that tell browsers to confine what a page may do. Threat: script injected into a page (a
 * sanitizer bypass, a template slip) running or loading code from elsewhere; the site framed by another
 * site (click-jacking); a response sniffed into another type (an uploaded or echoed text run as script);
 * full page addresses (search queries) leaking to other sites in {@code Referer}.
 *
 * <p>Every response gets {@code X-Content-Type-Options: nosniff}. Pages (every path outside {@code /api/}
 * and {@code /assets/}, error pages included) also get {@code Referrer-Policy: strict-origin-when-cross-origin}
 * and {@code Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self';
 * img-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors X}, where X is
 * {@code inkstone.http.frame-ancestors} (default {@code 'self'}). Pages therefore carry no inline script,
 * style or event-handler attribute: scripts are files under {@code assets/}. Assets and the API get no CSP
 * and no cross-origin resource policy, so the comment widget ({@code assets/comments.js}) and its API calls
 * stay loadable by the embedding sites of {@code inkstone.cors.origins}.
 *
 * <p>Headers are set before the rest of the chain runs, so they are present whatever writes the response.
 * Thread-safe (configuration is read once, at {@link #init}).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(SecurityHeaders.class.getName());
    /** Source expressions only: no directive separator, no control characters, no quotes other than keywords'. */
    private static final Pattern SOURCES = Pattern.compile("[\\x21-\\x7e&&[^;,\"]]+( [\\x21-\\x7e&&[^;,\"]]+)*");

    private volatile String frameAncestors = "'self'";

    @Override
    public void init(FilterConfig filterConfig) throws ServletException {
        super.init(filterConfig);
        frameAncestors = frameAncestors(new InkstoneConfig().get("inkstone.http.frame-ancestors"));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        headersFor(path, frameAncestors).forEach(response::setHeader);
        chain.doFilter(request, response);
    }

    /**
     * The headers of a response to {@code path} (relative to the application, starting with {@code /}),
     * in order, with {@code frameAncestors} as the value of the CSP {@code frame-ancestors} directive.
     */
    static Map<String, String> headersFor(String path, String frameAncestors) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("X-Content-Type-Options", "nosniff");
        if (!isUnder(path, "/api") && !isUnder(path, "/assets")) {
            h.put("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
                    + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors " + frameAncestors);
            h.put("Referrer-Policy", "strict-origin-when-cross-origin");
        }
        return h;
    }

    /**
     * The configured {@code frame-ancestors} sources, normalised to single spaces; {@code 'self'} for an empty
     * value, and {@code 'self'} with a warning for a value that could end the directive or the header
     * ({@code ;}, {@code ,}, quotes other than around keywords, control characters).
     */
    static String frameAncestors(String configured) {
        String v = configured == null ? "" : configured.strip().replaceAll("[ \\t]+", " ");
        if (v.isEmpty()) {
            return "'self'";
        }
        if (!SOURCES.matcher(v).matches()) {
            LOG.warning("inkstone.http.frame-ancestors is not a list of CSP sources, using 'self': " + configured);
            return "'self'";
        }
        return v;
    }

    private static boolean isUnder(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
