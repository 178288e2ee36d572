package org.inkstone.article;

import org.inkstone.common.InvalidParameterException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * A position in an article list ordered newest first, {@code (published_at DESC, id DESC)}: the list continues
 * with the articles after the one published at {@code publishedAt} with id {@code id}. On the wire it is an
 * opaque string, base64url (no padding) of {@code "<epoch milliseconds>|<id>"}; clients pass back what
 * {@code nextCursor} gave them. Published articles always have a publish time (the import fills in the import
 * time), so no cursor needs to stand for a missing one.
 *
 * <p>Immutable; thread-safe.
 */
public record ArticleCursor(Instant publishedAt, long id) {

    /** Longest accepted cursor text: 19 digits, a bar and 19 digits, in base64url. */
    public static final int MAX_LENGTH = 64;

    private static final Instant EARLIEST = Instant.parse("1000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");
    private static final DateTimeFormatter SQL_UTC =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    /** The cursor after {@code a} (its publish time and id); a missing publish time reads as the epoch. */
    public static ArticleCursor after(Article a) {
        return new ArticleCursor(a.getPublishedAt() == null ? Instant.EPOCH : a.getPublishedAt(), a.getId());
    }

    /** The opaque text of this cursor. */
    public String encode() {
        String plain = publishedAt.toEpochMilli() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Reads a cursor made by {@link #encode}.
     *
     * @throws InvalidParameterException naming {@code cursor} for anything else (not base64url, not two numbers,
     *                                   an id below 1, a time outside the years 1000–9999, more than
     *                                   {@value #MAX_LENGTH} characters)
     */
    public static ArticleCursor decode(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
            throw invalid();
        }
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (!plain.matches("-?[0-9]{1,18}\\|[1-9][0-9]{0,17}")) {
            throw invalid();
        }
        int bar = plain.indexOf('|');
        Instant at = Instant.ofEpochMilli(Long.parseLong(plain.substring(0, bar)));
        if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
            throw invalid(); // outside the DATETIME range, the database would refuse the comparison
        }
        return new ArticleCursor(at, Long.parseLong(plain.substring(bar + 1)));
    }

    /** The publish time as the database compares it: UTC wall time with milliseconds (the connection's zone is UTC). */
    String publishedAtSql() {
        return SQL_UTC.format(publishedAt);
    }

    private static InvalidParameterException invalid() {
        return new InvalidParameterException("cursor", "游标无效，请使用上一页返回的 nextCursor");
    }
}
