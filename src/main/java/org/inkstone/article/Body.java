package org.inkstone.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a plain-text article body into blocks for display. Paragraphs are separated by line breaks (or
 * Sogou's U+E40C paragraph mark); leading full-width spaces are dropped. A short line without sentence
 * punctuation (e.g. 巾帼聚心,成风化人) is a sub-heading, as in the seed page. Stateless and thread-safe.
 */
public final class Body {

    /** A block of text: a paragraph, or a sub-heading when {@code heading} is true. */
    public record Block(String text, boolean heading) {
    }

    private static final Pattern BREAKS = Pattern.compile("[\\r\\n\\uE40C]+");
    private static final int HEADING_MAX_CHARS = 24;

    private Body() {
    }

    public static List<Block> blocks(String body) {
        List<Block> out = new ArrayList<>();
        for (String raw : BREAKS.split(body)) {
            String p = raw.replaceAll("^[\\s\\u3000\\u00A0]+|[\\s\\u3000\\u00A0]+$", "");
            if (p.isEmpty()) {
                continue;
            }
            boolean heading = p.codePointCount(0, p.length()) <= HEADING_MAX_CHARS
                    && !p.matches(".*[。！？!?；;：:…”\"）)]$") && !p.startsWith("——");
            out.add(new Block(p, heading));
        }
        return out;
    }
}
