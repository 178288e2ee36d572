package org.inkstone.syndication;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything a partner document (ninjs, NewsML-G2) says about one version of one article, fit for documents read
 * away from the site: the constructor removes from every text the characters XML 1.0 forbids ({@link XmlChars}),
 * so no writer can emit a document that is not well-formed; the assembler makes every link and image address in
 * the body absolute ({@link AbsoluteLinks}). Built by {@link ItemAssembler}; written by
 * {@link NinjsWriter} and {@link NewsmlG2Writer}. No HTTP, no database: tests build it by hand. Immutable.
 *
 * @param articleId      the article
 * @param uri            the item's stable identifier, the absolute article URL {@code <base>articles/<id>}: the
 *                       same for every version (ninjs {@code uri}, NewsML-G2 {@code guid}, the feeds' guid/id)
 * @param version        1 at the first publication, +1 at every correction, withdrawal or republication
 * @param pubStatus      usable, or canceled: a kill notice (no body, no summary, no pictures)
 * @param firstCreated   the first publication, in the site's zone (whole seconds)
 * @param versionCreated this version (the change that made it), in the site's zone (whole seconds)
 * @param headline       the title, never blank
 * @param subheadline    the subtitle, or null
 * @param summary        the summary (plain text), or null; null in a kill notice
 * @param bodyHtml       the sanitized body HTML (a fragment), or null in a kill notice
 * @param byline         the byline (作者), or null
 * @param source         来源, the originating source, or null
 * @param channel        the article's channel
 * @param parentChannel  the channel's parent (一级栏目), or null for a top-level channel
 * @param keywords       the tags, in tag order (empty for none)
 * @param cover          the cover image, or null
 * @param correctionNote the note of the correction this version carries (更正说明), or null
 * @param copyrightNotice the desk's copyright notice
 * @param usageTerms     the desk's reprint terms
 * @param provider       the site (name and base URL) that provides the item
 */
public record ItemContent(long articleId, String uri, int version, PubStatus pubStatus, OffsetDateTime firstCreated,
                          OffsetDateTime versionCreated, String headline, String subheadline, String summary,
                          String bodyHtml, String byline, String source, Subject channel, Subject parentChannel,
                          List<String> keywords, Picture cover, String correctionNote, String copyrightNotice,
                          String usageTerms, Subject provider) {

    /** The language of every item: Simplified Chinese as used in mainland China (BCP 47). */
    public static final String LANGUAGE = "zh-CN";

    public ItemContent {
        headline = XmlChars.clean(headline);
        subheadline = XmlChars.clean(subheadline);
        summary = XmlChars.clean(summary);
        bodyHtml = XmlChars.clean(bodyHtml);
        byline = XmlChars.clean(byline);
        source = XmlChars.clean(source);
        keywords = keywords.stream().map(XmlChars::clean).toList();
        correctionNote = XmlChars.clean(correctionNote);
        copyrightNotice = XmlChars.clean(copyrightNotice);
        usageTerms = XmlChars.clean(usageTerms);
    }

    /** True for a kill notice (a withdrawal): partners must take the item down. */
    public boolean killNotice() {
        return pubStatus == PubStatus.CANCELED;
    }

    /** True when this version corrects a published one (it carries a correction note). */
    public boolean correction() {
        return pubStatus == PubStatus.USABLE && version > 1 && correctionNote != null;
    }

    /**
     * Something named with an absolute URI: a channel ({@code <base>channels/<id>}), or the provider (the site's
     * base URL).
     */
    public record Subject(String name, String uri) {
        public Subject {
            name = XmlChars.clean(name);
        }
    }

    /**
     * An image of the item.
     *
     * @param uri        the full-size image's absolute URL (also its identifier)
     * @param alt        its text alternative, 1–200 characters
     * @param credit     图片来源, or null
     * @param renditions the full size first, then the page sizes narrower than it (widest first)
     */
    public record Picture(String uri, String alt, String credit, List<Rendition> renditions) {
        public Picture {
            alt = XmlChars.clean(alt);
            credit = XmlChars.clean(credit);
            renditions = List.copyOf(renditions);
        }
    }

    /**
     * One file of an image.
     *
     * @param name        {@code original}, {@code large} or {@code small}
     * @param href        absolute URL
     * @param width       pixels
     * @param height      pixels
     * @param contentType its media type, e.g. {@code image/jpeg}
     */
    public record Rendition(String name, String href, int width, int height, String contentType) {
    }
}
