package org.inkstone.syndication;

import org.inkstone.common.ConfigValues;
import org.inkstone.common.InkstoneConfig;
import org.inkstone.common.InvalidSettingException;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Syndication's configuration, read once (defaults in {@code META-INF/microprofile-config.properties}; every key
 * also from the environment, e.g. {@code INKSTONE_SYNDICATION_ALLOWED_HOSTS}). Immutable.
 *
 * @param allowedHosts    {@code inkstone.syndication.allowed-hosts}: comma-separated host names or IP literals
 *                        (compared case-insensitively, IPv6 without brackets) that a partner endpoint may use even
 *                        though they are loopback, link-local or private addresses (default none; the tests list
 *                        {@code 127.0.0.1})
 * @param copyrightNotice {@code inkstone.syndication.copyright-notice}: ninjs {@code copyrightnotice}, NewsML-G2
 *                        {@code rightsInfo/copyrightNotice} (default 本站稿件版权归墨砚新闻所有)
 * @param usageTerms      {@code inkstone.syndication.usage-terms}: the desk's reprint terms, ninjs
 *                        {@code usageterms}, NewsML-G2 {@code rightsInfo/usageTerms} (default 转载须注明来源)
 * @param feedSize        {@code inkstone.syndication.feed-size}: entries per RSS/Atom feed, 1–100 (default 50)
 * @param pollInterval    {@code inkstone.syndication.poll-interval-ms}: how often each node's delivery worker looks
 *                        for due deliveries, 100–60,000 ms (default 1,000); a publish on this node also wakes it
 * @param timeout         {@code inkstone.syndication.timeout-ms}: connect plus response time allowed per push,
 *                        1,000–120,000 ms (default 10,000)
 * @param lease           {@code inkstone.syndication.lease-seconds}: how long a claimed delivery belongs to the node
 *                        that claimed it, 10–3,600 s (default 120); must exceed the timeout. A node killed while
 *                        sending leaves the delivery to be claimed again after this
 * @param retryBase       {@code inkstone.syndication.retry-base-ms}: the back-off's base, 10–600,000 ms (default
 *                        1,000): attempt n waits a random time in [0, min(retryMax, retryBase × 2^(n−1))]
 *                        ("full jitter", M. Brooker, "Exponential Backoff And Jitter", AWS Architecture Blog, 2015)
 * @param retryMax        {@code inkstone.syndication.retry-max-ms}: the back-off's cap, 1,000–86,400,000 ms
 *                        (default 3,600,000 = 1 h)
 * @param retryFor        {@code inkstone.syndication.retry-for-minutes}: a delivery that keeps failing is given up
 *                        (status failed) this long after it was written, 1–10,080 min (default 1,440 = 24 h)
 * @param pauseAfter      {@code inkstone.syndication.pause-after-minutes}: a partner whose deliveries have failed
 *                        without a success for this long is paused and flagged, 1–10,080 min (default 1,440 = 24 h)
 * @param secretGrace     {@code inkstone.syndication.secret-grace-hours}: after a rotation the previous signing
 *                        secret still signs (a second signature) for this long, 0–720 h (default 24)
 * @param pullPerMinute   {@code inkstone.syndication.pull.per-minute}: requests per partner key per minute on the pull
 *                        API, 1–10,000 (default 120); more are 429 with {@code Retry-After}
 * @param backfillMax     {@code inkstone.syndication.backfill-max}: the largest backfill a partner may ask for, in
 *                        items, 1–1,000 (default 200)
 */
public record SyndicationSettings(List<String> allowedHosts, String copyrightNotice, String usageTerms, int feedSize,
                                  Duration pollInterval, Duration timeout, Duration lease, Duration retryBase,
                                  Duration retryMax, Duration retryFor, Duration pauseAfter, Duration secretGrace,
                                  int pullPerMinute, int backfillMax) {

    public SyndicationSettings {
        allowedHosts = List.copyOf(allowedHosts);
    }

    /** @throws InvalidSettingException naming the key of a value out of range, not a number, or a lease not above the timeout */
    public static SyndicationSettings from(InkstoneConfig c) {
        List<String> hosts = c.getList("inkstone.syndication.allowed-hosts").stream().map(String::strip)
                .filter(h -> !h.isEmpty()).map(h -> h.toLowerCase(Locale.ROOT)).toList();
        Duration timeout = ConfigValues.duration(c, "inkstone.syndication.timeout-ms", ChronoUnit.MILLIS, 1_000, 120_000);
        Duration lease = ConfigValues.duration(c, "inkstone.syndication.lease-seconds", ChronoUnit.SECONDS, 10, 3_600);
        if (lease.compareTo(timeout) <= 0) {
            throw new InvalidSettingException("inkstone.syndication.lease-seconds",
                    "a lease longer than inkstone.syndication.timeout-ms (" + timeout.toMillis() + " ms)",
                    String.valueOf(lease.toSeconds()));
        }
        return new SyndicationSettings(hosts,
                text(c, "inkstone.syndication.copyright-notice"),
                text(c, "inkstone.syndication.usage-terms"),
                ConfigValues.intIn(c, "inkstone.syndication.feed-size", 1, 100),
                ConfigValues.duration(c, "inkstone.syndication.poll-interval-ms", ChronoUnit.MILLIS, 100, 60_000),
                timeout, lease,
                ConfigValues.duration(c, "inkstone.syndication.retry-base-ms", ChronoUnit.MILLIS, 10, 600_000),
                ConfigValues.duration(c, "inkstone.syndication.retry-max-ms", ChronoUnit.MILLIS, 1_000, 86_400_000),
                ConfigValues.duration(c, "inkstone.syndication.retry-for-minutes", ChronoUnit.MINUTES, 1, 10_080),
                ConfigValues.duration(c, "inkstone.syndication.pause-after-minutes", ChronoUnit.MINUTES, 1, 10_080),
                ConfigValues.duration(c, "inkstone.syndication.secret-grace-hours", ChronoUnit.HOURS, 0, 720),
                ConfigValues.intIn(c, "inkstone.syndication.pull.per-minute", 1, 10_000),
                ConfigValues.intIn(c, "inkstone.syndication.backfill-max", 1, 1_000));
    }

    private static String text(InkstoneConfig c, String key) {
        String v = c.get(key).strip();
        if (v.isEmpty() || v.length() > 500) {
            throw new InvalidSettingException(key, "a text of 1 to 500 characters", v);
        }
        return v;
    }
}
