package org.inkstone.search;

import java.util.Locale;
import java.util.Optional;

/** The order of search hits: {@code relevance} (the default) or {@code newest}. */
public enum SearchSort {
    /** Score order (see {@link ReaderQueryBuilder}), then newer first, then higher id first. */
    RELEVANCE,
    /** Publish time, newest first, then higher id first; the text decides only which articles match. */
    NEWEST;

    /** The parameter value: {@code relevance} or {@code newest}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The sort named {@code value} ({@code relevance} or {@code newest}, exact), empty for anything else. */
    public static Optional<SearchSort> of(String value) {
        for (SearchSort s : values()) {
            if (s.value().equals(value)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
