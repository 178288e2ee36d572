package org.inkstone.common;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * A web origin as a browser sends it in the {@code Origin} header: {@code scheme://host[:port]} and nothing
 * else. Threat: a loose parse that reads {@code http://evil.test@localhost:8080} as host {@code localhost}
 * (the part before {@code @} is user information), or accepts paths, queries, fragments or odd port
 * spellings that a listed-origin or same-host comparison then misjudges. {@link #parse} therefore accepts
 * only the exact serialisation a browser produces: scheme {@code http} or {@code https}, an ASCII host
 * (name, IPv4 or bracketed IPv6 literal), an optional decimal port 0–65535 without leading zeros, no user
 * information, no path (not even {@code /}), no query, no fragment. The opaque origin {@code null} is not
 * an origin here (empty).
 *
 * <p>{@code scheme} and {@code host} are lower case; {@code port} is -1 when the header names none.
 * Immutable and thread-safe.
 */
public record Origin(String scheme, String host, int port) {

    /** Longest header value looked at; real origins are far shorter (a host name has at most 253 characters). */
    static final int MAX_LENGTH = 300;

    /**
     * The origin {@code raw} names, or empty when it is {@code null}, {@code "null"}, longer than
     * {@value #MAX_LENGTH} characters or anything but a strict {@code scheme://host[:port]}.
     */
    public static Optional<Origin> parse(String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > MAX_LENGTH || "null".equals(raw)) {
            return Optional.empty();
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c <= 0x20 || c >= 0x7f || c == '\\' || c == '%') { // no white space, controls, non-ASCII, escapes
                return Optional.empty();
            }
        }
        URI u;
        try {
            u = new URI(raw);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || u.isOpaque()
                || u.getRawUserInfo() != null || u.getHost() == null || u.getHost().isEmpty()
                || !u.getRawPath().isEmpty() || u.getRawQuery() != null || u.getRawFragment() != null
                || u.getPort() > 65535) {
            return Optional.empty();
        }
        String host = u.getHost().toLowerCase(Locale.ROOT);
        String authority = u.getPort() < 0 ? host : host + ":" + u.getPort();
        // Rejects what URI tolerates but a browser never sends: "host:" (empty port), ":08080" (leading zero).
        if (!authority.equals(u.getRawAuthority().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(new Origin(scheme, host, u.getPort()));
    }

    /** {@code host} or {@code host:port}, as in a {@code Host} header. */
    public String authority() {
        return port < 0 ? host : host + ":" + port;
    }

    /** The canonical text {@code scheme://host[:port]}. */
    @Override
    public String toString() {
        return scheme + "://" + authority();
    }

    /**
     * True when this origin names the host of a request's {@code Host} header: the same host and port, where
     * an origin without a port matches a {@code Host} without one or with 80 or 443. The scheme is not
     * compared (TLS may end at a proxy). False for a null {@code hostHeader}.
     */
    public boolean sameHost(String hostHeader) {
        if (hostHeader == null) {
            return false;
        }
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        String a = authority();
        return h.equals(a) || (port < 0 && (h.equals(a + ":80") || h.equals(a + ":443")));
    }
}
