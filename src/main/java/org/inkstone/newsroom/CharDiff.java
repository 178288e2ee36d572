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
 *
 * <p><b>Bounded cost.</b> Myers' algorithm takes time (and memory) in the order of {@code (n + m) × d}, where
 * {@code n}, {@code m} are the lengths and {@code d} the size of the difference: two unrelated 20,000-character
 * texts took 15 s of CPU, and an article body may be 200,000 characters. So the diff works in two stages:
 * <ol>
 *   <li>Texts of at most {@value #MAX_CHAR_DIFF} code points each are compared character by character as a whole
 *       (exactly as before this bound existed).</li>
 *   <li>Longer texts are first compared by line (a line is a paragraph of the plain text, its {@code \n}
 *       included): lines equal at both ends are stripped in linear time, and the rest is diffed by Myers over whole
 *       lines when the two sides together have at most {@value #MAX_LINES} lines (else the rest is one delete plus
 *       one insert). Each changed stretch of lines is then compared character by character when both sides have at
 *       most {@value #MAX_CHAR_DIFF} code points and the work budget is not used up; otherwise it is shown as a
 *       whole delete followed by a whole insert.</li>
 * </ol>
 * The work budget charges each character-level comparison {@code (n + m)²} and allows {@value #CHAR_BUDGET} per
 * call (a few hundred ms of CPU at worst; about the cost of two comparisons of 2,000 + 2,000 characters that have
 * nothing in common), so one call costs at most about {@code MAX_LINES² + CHAR_BUDGET} steps plus linear work,
 * whatever the input. The result is always a correct edit script; only its granularity is coarser past the bounds.
 */
public final class CharDiff {

    /** Longest side (code points) that is still compared character by character. */
    static final int MAX_CHAR_DIFF = 2_000;
    /** Most lines (both sides together, after stripping equal lines at both ends) diffed line by line. */
    static final int MAX_LINES = 4_000;
    /** Character-level work allowed per call, counted as the sum of {@code (n + m)²} over the compared stretches. */
    static final long CHAR_BUDGET = 32_000_000L;

    private CharDiff() {
    }

    /** One run: {@code op} is {@code equal}, {@code insert} or {@code delete}. */
    public record Run(String op, String text) {
    }

    /**
     * The runs that turn {@code from} into {@code to} (null counts as empty); concatenating equal+delete gives
     * {@code from}, equal+insert {@code to}. Character level within the bounds described on the class.
     */
    public static List<Run> diff(String from, String to) {
        List<String> a = codePoints(from);
        List<String> b = codePoints(to);
        List<Run> out = new ArrayList<>();
        if (a.size() <= MAX_CHAR_DIFF && b.size() <= MAX_CHAR_DIFF) {
            chars(out, a, b);
            return out;
        }
        long[] budget = {CHAR_BUDGET};
        List<String> la = lines(from);
        List<String> lb = lines(to);
        int head = 0;
        while (head < la.size() && head < lb.size() && la.get(head).equals(lb.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < la.size() - head && tail < lb.size() - head
                && la.get(la.size() - 1 - tail).equals(lb.get(lb.size() - 1 - tail))) {
            tail++;
        }
        add(out, "equal", la.subList(0, head));
        List<String> ma = la.subList(head, la.size() - tail);
        List<String> mb = lb.subList(head, lb.size() - tail);
        if (ma.size() + mb.size() > MAX_LINES) {
            changed(out, ma, mb, budget);
        } else {
            Patch<String> patch = DiffUtils.diff(ma, mb);
            int pos = 0;
            for (AbstractDelta<String> d : patch.getDeltas()) {
                int start = d.getSource().getPosition();
                add(out, "equal", ma.subList(pos, start));
                changed(out, d.getSource().getLines(), d.getTarget().getLines(), budget);
                pos = start + d.getSource().size();
            }
            add(out, "equal", ma.subList(pos, ma.size()));
        }
        add(out, "equal", la.subList(la.size() - tail, la.size()));
        return out;
    }

    /** A changed stretch of lines: character level when small enough and within budget, else delete + insert. */
    private static void changed(List<Run> out, List<String> fromLines, List<String> toLines, long[] budget) {
        String from = String.join("", fromLines);
        String to = String.join("", toLines);
        long n = from.codePointCount(0, from.length());
        long m = to.codePointCount(0, to.length());
        long cost = (n + m) * (n + m);
        if (n <= MAX_CHAR_DIFF && m <= MAX_CHAR_DIFF && cost <= budget[0]) {
            budget[0] -= cost;
            chars(out, codePoints(from), codePoints(to));
        } else {
            add(out, "delete", fromLines);
            add(out, "insert", toLines);
        }
    }

    private static void chars(List<Run> out, List<String> a, List<String> b) {
        Patch<String> patch = DiffUtils.diff(a, b);
        int pos = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            int start = d.getSource().getPosition();
            add(out, "equal", a.subList(pos, start));
            add(out, "delete", d.getSource().getLines());
            add(out, "insert", d.getTarget().getLines());
            pos = start + d.getSource().size();
        }
        add(out, "equal", a.subList(pos, a.size()));
    }

    private static void add(List<Run> out, String op, List<String> pieces) {
        if (pieces.isEmpty()) {
            return;
        }
        String text = String.join("", pieces);
        if (text.isEmpty()) {
            return;
        }
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

    /** The lines of {@code s}, each with its {@code \n} (the last one may have none). */
    private static List<String> lines(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        int start = 0;
        for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', start)) {
            out.add(s.substring(start, i + 1));
            start = i + 1;
        }
        if (start < s.length()) {
            out.add(s.substring(start));
        }
        return out;
    }
}
