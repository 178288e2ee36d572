package org.inkstone.web;

import org.inkstone.channel.Channel;

import java.util.List;
import java.util.Objects;

/**
 * What every page shows around its own content ({@code header.mustache}, {@code footer.mustache}): the
 * site's name, the context path that links start with, the channel navigation in menu order, and the feeds the
 * page advertises. Built in one place, {@link Pages#render}; page records never carry these values.
 *
 * @param siteName  {@code inkstone.site.name}, shown in the title, the brand link and the footer
 * @param base      the context path without a trailing slash ({@code ""} at the root, else e.g. {@code /inkstone})
 * @param channels  the header navigation, one link per visible top-level channel (一级栏目); empty only on an error page rendered while
 *                  the channel list cannot be loaded
 * @param feeds     feed autodiscovery, one {@code <link rel="alternate">} each in the head ({@link FeedLinks}); empty
 *                  on staff pages
 */
public record Chrome(String siteName, String base, List<Channel> channels, List<FeedLink> feeds) {

    public Chrome {
        Objects.requireNonNull(siteName, "siteName");
        Objects.requireNonNull(base, "base");
        channels = List.copyOf(channels);
        feeds = List.copyOf(feeds);
    }

    /** A chrome that advertises no feed. */
    public Chrome(String siteName, String base, List<Channel> channels) {
        this(siteName, base, channels, List.of());
    }

    /**
     * A feed as the head advertises it: {@code <link rel="alternate" type="{type}" title="{title}" href="{href}">}.
     *
     * @param type  {@code application/rss+xml} or {@code application/atom+xml}
     * @param title plain text (escaped when shown), e.g. 墨砚新闻 RSS
     * @param href  root-relative: the context path, then {@code /feeds/rss.xml} or {@code /channels/<id>/atom.xml}
     */
    public record FeedLink(String type, String title, String href) {
    }
}
