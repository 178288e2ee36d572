package org.inkstone.search;

import java.time.Instant;
import java.util.List;

/** What the index knows of a published article. {@code body} is plain text. */
public record IndexedArticle(long id, String title, String body, List<String> tags, String channelId,
                             Instant publishedAt) {
}
