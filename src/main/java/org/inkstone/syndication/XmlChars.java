package org.inkstone.syndication;

/**
 * Text made safe for XML 1.0 documents (feeds, NewsML-G2): removes every character the XML 1.0 {@code Char}
 * production (W3C XML 1.0, 5th ed., §2.2) forbids: U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+FFFE,
 * U+FFFF and unpaired surrogates. Well-formed surrogate pairs (code points above U+FFFF) are kept. Stateless.
 */
public final class XmlChars {

    private XmlChars() {
    }

    /** {@code text} without the characters XML 1.0 forbids; null stays null; the same instance when nothing is removed. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                i += 2;
            } else if (allowed(c)) {
                i++;
            } else {
                break;
            }
        }
        if (i == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n);
        out.append(text, 0, i);
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(i + 1));
                i += 2;
            } else {
                if (allowed(c)) {
                    out.append(c);
                }
                i++;
            }
        }
        return out.toString();
    }

    /** A single UTF-16 unit that XML 1.0 allows on its own (surrogates never are). */
    private static boolean allowed(char c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
    }
}
