package org.inkstone.common;

import java.time.Duration;

/**
 * Reading single configuration values with their key in every error, for the features' typed settings
 * records (e.g. {@code CommentSettings.from}). Each method throws {@link InvalidSettingException} naming the
 * key, the expected form and the value found. Stateless.
 */
public final class ConfigValues {

    private ConfigValues() {
    }

    /** A whole number in {@code [min, max]}. */
    public static int intIn(InkstoneConfig config, String key, int min, int max) {
        String raw = config.get(key);
        String expected = "a whole number from " + min + " to " + max;
        try {
            int v = Integer.parseInt(raw);
            if (v < min || v > max) {
                throw new InvalidSettingException(key, expected, raw);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new InvalidSettingException(key, expected, raw);
        }
    }

    /** A whole number of at least 1. */
    public static int positiveInt(InkstoneConfig config, String key) {
        return intIn(config, key, 1, Integer.MAX_VALUE);
    }

    /** {@code true} or {@code false} (any case); anything else, including empty, is refused. */
    public static boolean bool(InkstoneConfig config, String key) {
        String raw = config.get(key);
        if (raw.equalsIgnoreCase("true")) {
            return true;
        }
        if (raw.equalsIgnoreCase("false")) {
            return false;
        }
        throw new InvalidSettingException(key, "true or false", raw);
    }

    /** A duration given as a whole number of {@code unit}s from {@code min} to {@code max} (inclusive). */
    public static Duration duration(InkstoneConfig config, String key, java.time.temporal.ChronoUnit unit, long min, long max) {
        String raw = config.get(key);
        String unitName = unit == java.time.temporal.ChronoUnit.MILLIS ? "milliseconds" : unit.name().toLowerCase(java.util.Locale.ROOT);
        String expected = "a whole number of " + unitName + " from " + min + " to " + max;
        try {
            long v = Long.parseLong(raw);
            if (v < min || v > max) {
                throw new InvalidSettingException(key, expected, raw);
            }
            return Duration.of(v, unit);
        } catch (NumberFormatException e) {
            throw new InvalidSettingException(key, expected, raw);
        }
    }
}
