package org.inkstone.account;

import java.util.regex.Pattern;

/**
 * Where to send a reader after log-in. Threat: open redirects ({@code ?return=https://evil.example},
 * {@code //evil.example}, {@code /\evil.example}, encoded line breaks). Only a same-site absolute path is
 * kept: it starts with one {@code /}, has no backslash, no white space or control character, at most 512
 * characters. Anything else becomes {@code fallback}. Stateless.
 */
public final class ReturnPath {

    private static final Pattern SAFE = Pattern.compile("/(?![/\\\\])[\\x21-\\x7e&&[^\\\\]]{0,511}");

    private ReturnPath() {
    }

    /** {@code raw} when it is a safe same-site path, else {@code fallback}. */
    public static String safe(String raw, String fallback) {
        return raw != null && SAFE.matcher(raw).matches() ? raw : fallback;
    }
}
