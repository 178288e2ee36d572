package org.inkstone.article;

import org.inkstone.channel.ChannelRef;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One article with everything its page shows. {@code bodyHtml} is built by Inkstone from the plain-text
 * body (escaped paragraphs and sub-headings; no markup from the source). {@code related} and
 * {@code recommended} hold up to 5 items each and never the article itself.
 */
public record ArticleDetail(long id, String externalId, String title, ChannelRef channel, OffsetDateTime publishedAt,
                            String source, long views, String bodyHtml, List<ArticleItem> related,
                            List<ArticleItem> recommended) {
}
