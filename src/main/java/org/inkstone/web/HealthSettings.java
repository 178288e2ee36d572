package org.inkstone.web;

import org.inkstone.common.ConfigValues;
import org.inkstone.common.InkstoneConfig;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

/**
 * The node's health check ({@link HealthMonitor}). Immutable.
 *
 * @param indexGrace {@code inkstone.health.index-grace-ms}: how much longer than the outbox poll interval an
 *                   outbox row may stay unapplied before the index counts as behind
 *                   ({@link org.inkstone.article.IndexFreshness}), 0 ms to 1 h (default 3,000 ms: a batch of 500
 *                   rows takes about a second to apply on a busy 2-core machine, and the poll shares one scheduler
 *                   thread with the view flush, the delivery worker and scheduled publication)
 */
public record HealthSettings(Duration indexGrace) {

    /** Reads the key above; throws {@link org.inkstone.common.InvalidSettingException} naming it when out of range. */
    public static HealthSettings from(InkstoneConfig c) {
        return new HealthSettings(ConfigValues.duration(c, "inkstone.health.index-grace-ms", ChronoUnit.MILLIS, 0, 3_600_000));
    }
}
