package org.inkstone.web;

import org.inkstone.channel.ChannelRef;

import java.util.ArrayList;
import java.util.List;

/**
 * Which feeds a page advertises for autodiscovery (the RSS Advisory Board's "RSS Autodiscovery" and RFC 4287's
 * {@code rel="alternate"}): the site's RSS and Atom feeds on every reader page (home, channel, article, search,
 * log-in, error), and also the channel's on a channel page and on an article page (the article's channel). Staff
 * pages (newsroom, moderation, preview) advertise none. Pure; thread-safe.
 */
final class FeedLinks {

    static final String RSS = "application/rss+xml";
    static final String ATOM = "application/atom+xml";

    private FeedLinks() {
    }

    /** The links for {@code page}; {@code base} is the context path without a trailing slash. */
    static List<Chrome.FeedLink> of(Page page, String siteName, String base) {
        boolean reader = page instanceof HomePage || page instanceof ChannelPage || page instanceof ArticlePage
                || page instanceof SearchPage || page instanceof LoginPage || page instanceof ErrorPageModel;
        if (!reader) {
            return List.of();
        }
        List<Chrome.FeedLink> out = new ArrayList<>(4);
        ChannelRef channel = page instanceof ChannelPage c ? new ChannelRef(c.channel().getId(), c.channel().getName())
                : page instanceof ArticlePage a && a.article().channel() != null ? a.article().channel() : null;
        if (channel != null) {
            String prefix = base + "/channels/" + channel.id() + "/";
            out.add(new Chrome.FeedLink(RSS, siteName + " - " + channel.name() + " RSS", prefix + "rss.xml"));
            out.add(new Chrome.FeedLink(ATOM, siteName + " - " + channel.name() + " Atom", prefix + "atom.xml"));
        }
        out.add(new Chrome.FeedLink(RSS, siteName + " RSS", base + "/feeds/rss.xml"));
        out.add(new Chrome.FeedLink(ATOM, siteName + " Atom", base + "/feeds/atom.xml"));
        return out;
    }
}
