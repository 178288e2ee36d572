package org.inkstone.newsroom;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import java.util.ArrayList;
import java.util.List;

/**
 * A character-level diff of two texts (Chinese has no spaces, so words are no unit), computed by java-diff-utils
 * (Myers' algorithm) over code points, so a character outside the BMP is never split. Runs of one kind are
 * merged; a changed stretch is a delete followed by an insert. Stateless and thread-safe.
 */
public final class CharDiff {

    private CharDiff() {
    }

    /** One run: {@code op} is {@code equal}, {@code insert} or {@code delete}. */
    public record Run(String op, String text) {
    }

    /** The runs that turn {@code from} into {@code to} (null counts as empty); concatenating equal+delete gives {@code from}, equal+insert {@code to}. */
    public static List<Run> diff(String from, String to) {
        List<String> a = codePoints(from);
        List<String> b = codePoints(to);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Run> out = new ArrayList<>();
        int pos = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            int start = d.getSource().getPosition();
            add(out, "equal", a.subList(pos, start));
            add(out, "delete", d.getSource().getLines());
            add(out, "insert", d.getTarget().getLines());
            pos = start + d.getSource().size();
        }
        add(out, "equal", a.subList(pos, a.size()));
        return out;
    }

    private static void add(List<Run> out, String op, List<String> chars) {
        if (chars.isEmpty()) {
            return;
        }
        String text = String.join("", chars);
        if (!out.isEmpty() && out.get(out.size() - 1).op().equals(op)) {
            Run last = out.remove(out.size() - 1);
            text = last.text() + text;
        }
        out.add(new Run(op, text));
    }

    private static List<String> codePoints(String s) {
        List<String> out = new ArrayList<>();
        if (s != null) {
            s.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
        }
        return out;
    }
}
