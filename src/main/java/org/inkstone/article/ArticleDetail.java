package org.inkstone.article;

import jakarta.json.bind.annotation.JsonbTransient;
import org.inkstone.channel.ChannelRef;
import org.inkstone.media.PageImage;

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
 * @param coverImage the cover image (封面图), or null without one or when its image is not in the media library
 */
public record ArticleDetail(long id, String externalId, String title, ChannelRef channel, OffsetDateTime publishedAt,
                            String source, long views, String bodyHtml, List<ArticleItem> related,
                            List<ArticleItem> recommended, String subtitle, String summary, String byline, String editor,
                            Correction correction, Cover coverImage) {

    /** A correction note (更正) and when it was published, in the site's offset. */
    public record Correction(OffsetDateTime at, String note) {
    }

    /**
     * A cover image (封面图) as readers see it. URLs are root-relative: the context path, then {@code /media/...}
     * (e.g. {@code /inkstone/media/<hash>-1200.jpg}), like the images in {@code bodyHtml}.
     *
     * @param url    the full-size image
     * @param width  pixels of the full-size image (the page's {@code img width}, which with {@code height} gives
     *               the browser the aspect ratio before the file arrives)
     * @param height pixels of the full-size image
     * @param alt    the media library's text alternative
     * @param credit 图片来源, or null without one
     * @param sizes  the page sizes, {@code large} and {@code small} (either may be the full size, see {@link PageImage})
     * @param srcset the {@code img srcset} of the page sizes with their widths, smallest first, e.g.
     *               {@code "/media/<hash>-400.jpg 400w, /media/<hash>-1200.jpg 1200w"}; one entry when both are the
     *               same file. Pages only: not part of the JSON
     */
    public record Cover(String url, int width, int height, String alt, String credit, Sizes sizes,
                        @JsonbTransient String srcset) {

        /** The page sizes' root-relative URLs. */
        public record Sizes(String large, String small) {
        }

        /**
         * The cover of {@code image} with {@code credit} (blank → null); {@code base} is the context path
         * without a trailing slash ({@code ""} at the root).
         */
        public static Cover of(PageImage image, String credit, String base) {
            String large = base + "/" + image.large().url();
            String small = base + "/" + image.small().url();
            String srcset = large.equals(small) ? large + " " + image.large().width() + "w"
                    : small + " " + image.small().width() + "w, " + large + " " + image.large().width() + "w";
            return new Cover(base + "/" + image.url(), image.width(), image.height(), image.alt(),
                    credit == null || credit.isBlank() ? null : credit.strip(), new Sizes(large, small), srcset);
        }
    }

    /** An article without the newsroom's fields (imported). */
    public ArticleDetail(long id, String externalId, String title, ChannelRef channel, OffsetDateTime publishedAt,
                         String source, long views, String bodyHtml, List<ArticleItem> related, List<ArticleItem> recommended) {
        this(id, externalId, title, channel, publishedAt, source, views, bodyHtml, related, recommended, null, null, null,
                null, null, null);
    }
}
