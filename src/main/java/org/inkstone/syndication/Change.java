package org.inkstone.syndication;

import java.time.Instant;

/**
 * The current syndicated state of one article (a {@code syndication_item} row): what partners receive and pull.
 *
 * @param articleId    the article
 * @param seq          its position in commit order (the pull API's cursor counts these)
 * @param version      1 at the first publication, +1 at every later publication, correction or withdrawal
 * @param pubStatus    usable, or canceled after a withdrawal
 * @param channelId    the article's channel at this change
 * @param firstCreated the first publication
 * @param changedAt    this change
 */
public record Change(long articleId, long seq, int version, PubStatus pubStatus, String channelId, Instant firstCreated,
                     Instant changedAt) {
}
