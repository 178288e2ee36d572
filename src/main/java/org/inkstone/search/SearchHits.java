package org.inkstone.search;

import java.time.Instant;
import java.util.List;

/** One page of hits in relevance order, with the exact total number of matching articles. */
public record SearchHits(long total, List<Hit> hits) {

    /** A hit; {@code snippetHtml} is escaped body text with matches wrapped in {@code <mark>}. */
    public record Hit(long id, String title, String snippetHtml, String channelId, Instant publishedAt) {
    }
}
