package org.inkstone.search;

import java.time.Instant;

/**
 * A reader's search: plain text (never query syntax: quotes, colons, brackets, {@code *} and {@code -} are
 * just characters), an optional channel id, an optional publish-time range [from, to) and a 1-based page.
 */
public record SearchQuery(String text, String channelId, Instant from, Instant to, int page, int size) {
}
