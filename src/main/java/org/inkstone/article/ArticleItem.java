package org.inkstone.article;

import org.inkstone.channel.ChannelRef;

import java.time.OffsetDateTime;

/**
 * An article in a list: {@code externalId} is the source id of an imported article, else null;
 * {@code publishedAt} is ISO-8601 with the site's offset.
 */
public record ArticleItem(long id, String externalId, String title, ChannelRef channel, OffsetDateTime publishedAt) {
}
