package org.inkstone.search;

import java.time.Instant;

/**
 * A reader's search: plain text (never query syntax: quotes, colons, brackets, {@code *} and {@code -} are
 * just characters), an optional channel id, an optional publish-time range [from, to), a 1-based page and the
 * order ({@link SearchSort}; null means relevance).
 */
public record SearchQuery(String text, String channelId, Instant from, Instant to, int page, int size, SearchSort sort) {

    public SearchQuery {
        sort = sort == null ? SearchSort.RELEVANCE : sort;
    }

    /** A search in relevance order. */
    public SearchQuery(String text, String channelId, Instant from, Instant to, int page, int size) {
        this(text, channelId, from, to, page, size, SearchSort.RELEVANCE);
    }
}
