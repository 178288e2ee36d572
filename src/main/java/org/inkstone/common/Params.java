package org.inkstone.common;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Parsing of query parameters whose format Bean Validation has already checked (see the {@code @Pattern}s
 * on resource methods), plus the checks that need more than a pattern. Errors are
 * {@link InvalidParameterException}s naming the field. Stateless.
 */
public final class Params {

    /** Pattern for page numbers: 1 to 99999. */
    public static final String PAGE = "[1-9][0-9]{0,4}";
    /** Pattern for page sizes: 1 to 100. */
    public static final String SIZE = "[1-9]|[1-9][0-9]|100";
    /** Pattern for dates: {@code YYYY-MM-DD} or ISO-8601 date-time with offset. */
    public static final String DATE = "\\d{4}-\\d{2}-\\d{2}(T[0-9:.]+(Z|[+-]\\d{2}:\\d{2}))?";
    /** Pattern for channel ids. */
    public static final String CHANNEL = "[a-z0-9-]{1,32}";

    private Params() {
    }

    public static int intOr(String raw, int fallback) {
        return raw == null || raw.isEmpty() ? fallback : Integer.parseInt(raw);
    }

    /**
     * The instant a date parameter names: a plain date is the start of that day in {@code zone}; with
     * {@code endOfDay} it is the start of the next day (so {@code to=2012-06-30} includes that day).
     * Returns null for a null or empty value; throws {@link InvalidParameterException} for an impossible date.
     */
    public static Instant instant(String field, String raw, ZoneId zone, boolean endOfDay) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            if (raw.length() == 10) {
                LocalDate d = LocalDate.parse(raw);
                return (endOfDay ? d.plusDays(1) : d).atStartOfDay(zone).toInstant();
            }
            return OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidParameterException(field, "不是有效的日期");
        }
    }
}
