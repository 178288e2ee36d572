package org.inkstone.common;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back as characters the numeric references that the OWASP sanitizer's renderer writes for many
 * non-ASCII characters (emoji and rare CJK outside the Basic Multilingual Plane, full-width punctuation such as
 * "，" and "："), so stored HTML keeps the writer's characters and stays readable, searchable and diffable.
 * Threat: turning a reference back into a character must never create markup. So a reference stays a reference
 * when the character's compatibility form (NFKC) contains a character that matters to HTML
 * ({@code < > & " ' ` =}), such as the full-width "＜", and for control, format, private-use, surrogate and
 * line/paragraph separator characters, ASCII and undefined code points. Used by the comment renderer and the
 * article HTML policy. Stateless and thread-safe.
 */
public final class HtmlCharacters {

    private static final Pattern NUMERIC_REF = Pattern.compile("&#x([0-9a-fA-F]{2,6});");

    private HtmlCharacters() {
    }

    /** {@code html} (a renderer's output) with its hexadecimal references {@code &#x...;} to plain characters written as characters. */
    public static String referencesAsText(CharSequence html) {
        Matcher m = NUMERIC_REF.matcher(html);
        StringBuilder b = new StringBuilder(html.length());
        while (m.find()) {
            int cp = Integer.parseInt(m.group(1), 16);
            m.appendReplacement(b, Matcher.quoteReplacement(plainText(cp) ? new String(Character.toChars(cp)) : m.group()));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static boolean plainText(int cp) {
        if (cp < 0x80 || cp > 0x10FFFF || !Character.isDefined(cp)) {
            return false;
        }
        int type = Character.getType(cp);
        if (type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
            return false;
        }
        String compat = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
        return compat.chars().noneMatch(c -> "<>&\"'`=".indexOf(c) >= 0);
    }
}
