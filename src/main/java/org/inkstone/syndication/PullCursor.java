package org.inkstone.syndication;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The pull API's cursor: a position in the change log (a {@code syndication_item} seq), written as the unpadded
 * base64url (RFC 4648 §5) of {@code "c1:" + seq}. Opaque to partners; it holds nothing but the number, so it stays
 * valid across restarts and on every node (seq is a database counter). The {@code c1:} prefix leaves room for
 * another form later and makes a typo or a foreign token fail as malformed rather than as a wrong position.
 * Immutable.
 *
 * @param seq the last change seen (0: none); the next page starts after it
 */
public record PullCursor(long seq) {

    private static final String PREFIX = "c1:";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final Pattern NUMBER = Pattern.compile("0|[1-9][0-9]{0,17}");

    /** @throws IllegalArgumentException for a negative seq */
    public PullCursor {
        if (seq < 0) {
            throw new IllegalArgumentException("seq must not be negative: " + seq);
        }
    }

    /** The cursor as partners see it, e.g. {@code YzE6NDI} for seq 42. */
    public String token() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + seq).getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Reads a cursor that {@link #token()} wrote.
     *
     * @throws InvalidCursorException for anything else: not base64url (padding included), not the {@code c1:}
     *                                form, a seq with a sign, leading zeros, more than 18 digits, or
     *                                another spelling of a cursor than the one {@link #token()} writes
     */
    public static PullCursor parse(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw new InvalidCursorException();
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException();
        }
        if (!text.startsWith(PREFIX) || !NUMBER.matcher(text.substring(PREFIX.length())).matches()) {
            throw new InvalidCursorException();
        }
        PullCursor c = new PullCursor(Long.parseLong(text.substring(PREFIX.length())));
        if (!c.token().equals(token)) { // base64 decoders ignore stray low bits: one cursor, one spelling
            throw new InvalidCursorException();
        }
        return c;
    }

    @Override
    public String toString() {
        return token();
    }
}
