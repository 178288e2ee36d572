package org.inkstone.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A minimum-should-match specification in the notation of Elasticsearch's {@code minimum_should_match}
 * parameter (Elasticsearch Reference, "minimum_should_match parameter",
 * https://www.elastic.co/guide/en/elasticsearch/reference/current/query-dsl-minimum-should-match.html), which
 * itself follows Solr's {@code mm} of the (e)dismax parser:
 * <ul>
 *   <li>{@code 3}: at least 3; {@code -2}: all but 2;</li>
 *   <li>{@code 75%}: 75% of the optional clauses, rounded down; {@code -25%}: all but 25%, the missing part
 *       rounded down;</li>
 *   <li>{@code 3<90%}: when there are 3 or fewer optional clauses all are required, above 3 the part after
 *       {@code <} applies; several such conditions separated by spaces ({@code 2<-25% 9<-3}), each applying
 *       above its number, in increasing order.</li>
 * </ul>
 * The result is clamped to 1..n (Elasticsearch clamps to 0..n; a reader's query always needs one word).
 * Immutable and thread-safe.
 */
public final class MinimumShouldMatch {

    private record Condition(int above, String spec) {
    }

    private final String text;
    private final List<Condition> conditions;

    private MinimumShouldMatch(String text, List<Condition> conditions) {
        this.text = text;
        this.conditions = conditions;
    }

    /**
     * Parses {@code spec}.
     *
     * @throws IllegalArgumentException when the text is not of the forms above
     */
    public static MinimumShouldMatch parse(String spec) {
        List<Condition> cs = new ArrayList<>();
        String[] parts = spec.strip().split("\\s+");
        int last = -1;
        for (String p : parts) {
            int lt = p.indexOf('<');
            if (lt < 0) {
                if (parts.length != 1) {
                    throw new IllegalArgumentException("a plain value cannot be combined with conditions: " + spec);
                }
                check(p, spec);
                cs.add(new Condition(0, p));
            } else {
                int above;
                try {
                    above = Integer.parseInt(p.substring(0, lt));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("not a minimum_should_match condition: " + p, e);
                }
                if (above <= last) {
                    throw new IllegalArgumentException("conditions must increase: " + spec);
                }
                last = above;
                check(p.substring(lt + 1), spec);
                cs.add(new Condition(above, p.substring(lt + 1)));
            }
        }
        return new MinimumShouldMatch(spec, List.copyOf(cs));
    }

    private static void check(String v, String spec) {
        if (!v.matches("-?\\d{1,9}%?")) {
            throw new IllegalArgumentException("not a minimum_should_match value: " + v + " in " + spec);
        }
    }

    /** How many of {@code n} optional clauses must match (1..n; 0 when n is 0). */
    public int apply(int n) {
        if (n <= 0) {
            return 0;
        }
        String spec = null;
        for (Condition c : conditions) {
            if (n > c.above()) {
                spec = c.spec();
            }
        }
        int required = spec == null ? n : value(spec, n);
        return Math.max(1, Math.min(n, required));
    }

    private static int value(String spec, int n) {
        boolean pct = spec.endsWith("%");
        int v = Integer.parseInt(pct ? spec.substring(0, spec.length() - 1) : spec);
        if (pct) {
            int part = (int) Math.floor(n * Math.abs(v) / 100.0);
            return v < 0 ? n - part : part;
        }
        return v < 0 ? n + v : v;
    }

    @Override
    public String toString() {
        return text;
    }
}
