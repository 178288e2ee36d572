package org.inkstone.syndication;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The result of one push attempt and what it means for the delivery. Classification of the receiver's status:
 * 2xx delivered; 408, 429 and 5xx retried (as timeouts and connection errors are); every other status (1xx, a
 * 3xx that is not a followed 307/308, 4xx) fails the delivery at once, since sending the same request again
 * would get the same answer. Immutable.
 *
 * @param kind       what happens to the delivery
 * @param code       the receiver's HTTP status, or null when none came (timeout, connection error, refused URL)
 * @param error      a short reason (no stack trace), at most {@link #MAX_ERROR} characters, or null on success
 * @param retryAfter the receiver's {@code Retry-After}, or null
 */
public record PushOutcome(Kind kind, Integer code, String error, Duration retryAfter) {

    /** The longest {@code last_error} stored (the column's size). */
    public static final int MAX_ERROR = 500;

    public enum Kind {
        /** 2xx: done. */
        DELIVERED,
        /** Try again after a back-off, until the retry window ends. */
        RETRY,
        /** Give up now. */
        FAIL
    }

    public PushOutcome {
        if (error != null && error.length() > MAX_ERROR) {
            error = error.substring(0, MAX_ERROR);
        }
    }

    /** What status {@code code} means: see the class comment. */
    public static Kind classify(int code) {
        if (code >= 200 && code <= 299) {
            return Kind.DELIVERED;
        }
        if (code == 408 || code == 429 || code >= 500 && code <= 599) {
            return Kind.RETRY;
        }
        return Kind.FAIL;
    }

    /** The outcome of a response with status {@code code} and the raw {@code Retry-After} header (or null). */
    public static PushOutcome ofResponse(int code, String retryAfterHeader, Instant now) {
        Kind k = classify(code);
        return new PushOutcome(k, code, k == Kind.DELIVERED ? null : "HTTP " + code,
                k == Kind.RETRY ? retryAfter(retryAfterHeader, now) : null);
    }

    /** A timeout, connection error or similar: retried. */
    public static PushOutcome retry(String error) {
        return new PushOutcome(Kind.RETRY, null, error, null);
    }

    /** A failure that no retry can mend (a refused endpoint, a redirect not followed). */
    public static PushOutcome fail(Integer code, String error) {
        return new PushOutcome(Kind.FAIL, code, error, null);
    }

    /**
     * {@code Retry-After} (RFC 9110 §10.2.3) as a wait from {@code now}: delay-seconds, or an HTTP-date (a past
     * date is zero); null for null or an unreadable value.
     */
    public static Duration retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String h = header.strip();
        if (h.matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(h));
        }
        try {
            Instant at = ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
