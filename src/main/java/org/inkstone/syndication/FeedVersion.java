package org.inkstone.syndication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The validators of a feed, computed before anything is rendered.
 *
 * <p>ETag: SHA-256 (first 128 bits, hex) of the feed's identity (format, base URL, scope, its title texts and the
 * channel names it may show) and, for every listed article in order, its id and its change-log version
 * ({@code syndication_item.version}, 0 for an imported article the newsroom never changed). That version goes up at
 * every publication, correction and withdrawal (it is what partners receive as the item's version) and at nothing
 * else: saving a draft of a pending correction changes {@code article.version} (the newsroom's optimistic lock) but
 * not what readers see, so it must not, and does not, change the ETag. A publication or withdrawal changes the
 * list of ids, a correction an id's version. The newest date is not used: two corrections within a second, or a
 * withdrawal (which removes an item and adds no newer date), would keep it.
 *
 * <p>Last-Modified: the latest of the listed articles' publication and change times and of the change log's latest
 * change anywhere (so a withdrawal, which leaves no listed trace, still moves it), whole seconds. Clients that send
 * only {@code If-Modified-Since} may miss a change made within the same second; {@code If-None-Match} never does.
 * Stateless and thread-safe.
 */
public final class FeedVersion {

    private FeedVersion() {
    }

    /**
     * The entity tag (without quotes): 32 lower-case hex digits.
     *
     * @param identity the feed's format, base, scope and shown names, as one string
     * @param ids      the listed articles, newest first
     * @param changes  the change log's state of those that have one
     */
    public static String etag(String identity, List<Long> ids, Map<Long, Change> changes) {
        StringBuilder in = new StringBuilder(identity.length() + ids.size() * 16).append(identity).append('\n');
        for (Long id : ids) {
            Change c = changes.get(id);
            in.append(id).append(':').append(c == null ? 0 : c.version()).append('\n');
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(in.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    /**
     * The {@code Last-Modified} instant, whole seconds: the latest of {@code published} (the listed articles'
     * publication times), the listed articles' change times and {@code latestChange}; the epoch when all are absent.
     */
    public static Instant lastModified(List<Instant> published, Map<Long, Change> changes, Instant latestChange) {
        Instant out = Instant.EPOCH;
        for (Instant p : published) {
            out = later(out, p);
        }
        for (Change c : changes.values()) {
            out = later(out, c.changedAt());
        }
        return later(out, latestChange).truncatedTo(ChronoUnit.SECONDS);
    }

    private static Instant later(Instant a, Instant b) {
        return b != null && b.isAfter(a) ? b : a;
    }
}
