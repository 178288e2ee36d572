package org.inkstone.article;

import org.inkstone.common.ConfigValues;
import org.inkstone.common.InkstoneConfig;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

/**
 * Timings and sizes of the article side. Immutable.
 *
 * @param recommendedCache  {@code inkstone.recommended.cache-seconds}: how long a 推荐文章 candidate list is reused, 1 s to 1 day (default 30 s)
 * @param relatedWarmUp     {@code inkstone.related.warm-up}: at start, the related lists of this many newest published articles
 *                          without a stored list are computed in the background, 0–100,000 (default 2,000; about 10 ms each
 *                          on the shipped corpus, 21 ms at 100,000 articles)
 * @param indexPollInterval {@code inkstone.index.poll-interval-ms}: how often a node applies the index outbox, 50 ms to 1 h (default 1,000 ms)
 * @param viewsFlush        {@code inkstone.views.flush-interval-ms}: how often counted views are written to the database, 100 ms to 1 h (default 5,000 ms)
 * @param visitorWindow     {@code inkstone.views.visitor-window-minutes}: a visitor counts at most one view of an article per
 *                          window, 1 min to 1 day (default 30 min, the usual analytics session length)
 * @param viewsPerAddress   {@code inkstone.views.per-address-max}: views of one article from one client address per window,
 *                          1–100,000 (default 20: an office behind one address, not a cookie-rotating script)
 * @param cookieSecure      {@code inkstone.session.cookie-secure}: the visitor cookie is {@code Secure} (also when the request is)
 */
public record ArticleSettings(Duration recommendedCache, int relatedWarmUp, Duration indexPollInterval,
                              Duration viewsFlush, Duration visitorWindow, int viewsPerAddress, boolean cookieSecure) {

    /** Reads the keys above; throws {@link org.inkstone.common.InvalidSettingException} naming a key whose value is out of range. */
    public static ArticleSettings from(InkstoneConfig c) {
        return new ArticleSettings(ConfigValues.duration(c, "inkstone.recommended.cache-seconds", ChronoUnit.SECONDS, 1, 86_400),
                ConfigValues.intIn(c, "inkstone.related.warm-up", 0, 100_000),
                ConfigValues.duration(c, "inkstone.index.poll-interval-ms", ChronoUnit.MILLIS, 50, 3_600_000),
                ConfigValues.duration(c, "inkstone.views.flush-interval-ms", ChronoUnit.MILLIS, 100, 3_600_000),
                ConfigValues.duration(c, "inkstone.views.visitor-window-minutes", ChronoUnit.MINUTES, 1, 1_440),
                ConfigValues.intIn(c, "inkstone.views.per-address-max", 1, 100_000),
                ConfigValues.bool(c, "inkstone.session.cookie-secure"));
    }
}
