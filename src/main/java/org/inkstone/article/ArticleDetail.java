package org.inkstone.article;

import org.inkstone.channel.ChannelRef;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One article with everything its page shows. {@code bodyHtml} is either built by Inkstone from an imported
 * plain-text body (escaped paragraphs and sub-headings; no markup from the source) or a newsroom article's body
 * as the article HTML policy sanitized it. {@code related} and {@code recommended} hold up to 5 items each and
 * never the article itself.
 *
 * @param subtitle   副标题, or null
 * @param summary    摘要 (meta description), or null
 * @param byline     作者, or null
 * @param editor     责任编辑: the display name of the account that published it; null for imported articles
 * @param correction the latest 更正 note and its time, or null
 */
public record ArticleDetail(long id, String externalId, String title, ChannelRef channel, OffsetDateTime publishedAt,
                            String source, long views, String bodyHtml, List<ArticleItem> related,
                            List<ArticleItem> recommended, String subtitle, String summary, String byline, String editor,
                            Correction correction) {

    /** A correction note (更正) and when it was published, in the site's offset. */
    public record Correction(OffsetDateTime at, String note) {
    }

    /** An article without the newsroom's fields (imported). */
    public ArticleDetail(long id, String externalId, String title, ChannelRef channel, OffsetDateTime publishedAt,
                         String source, long views, String bodyHtml, List<ArticleItem> related, List<ArticleItem> recommended) {
        this(id, externalId, title, channel, publishedAt, source, views, bodyHtml, related, recommended, null, null, null,
                null, null);
    }
}
