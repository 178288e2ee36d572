package org.inkstone.syndication;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.inkstone.article.Article;
import org.inkstone.article.ArticleService;
import org.inkstone.channel.Channel;
import org.inkstone.channel.ChannelService;
import org.inkstone.common.SiteSettings;
import org.inkstone.media.ImageFile;
import org.inkstone.media.MediaService;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The site's and the channels' RSS and Atom feeds: the newest {@code inkstone.syndication.feed-size} published
 * articles, newest first (publication time, then id). A channel's feed holds its own articles and, for a top-level
 * channel, its second-level channels' too. A hidden channel's feed is served like its page: hiding takes a channel
 * out of the navigation, not off the site (its page and articles stay public, and they are in the site feed).
 *
 * <p>Each request costs three indexed queries (the listed ids, their change-log versions, the latest change) to
 * compute the validators ({@link FeedVersion}); the rendered document is kept per (scope, format, base URL) with
 * the ETag it was rendered for, and rendered again (two more queries: the rows, the cover files) only when the ETag
 * differs. Every node computes the same ETag from the database, so caches on several nodes never disagree for
 * longer than one request. At most {@value #CACHED_FEEDS} documents are kept (least recently used dropped).
 * Thread-safe.
 */
@ApplicationScoped
public class FeedService {

    /** Rendered documents kept: channels × 2 formats × base URLs (one base when {@code inkstone.site.base-url} is set). */
    static final int CACHED_FEEDS = 512;

    @Inject
    ArticleService articles;

    @Inject
    ChannelService channels;

    @Inject
    MediaService media;

    @Inject
    ChangeLog changeLog;

    @Inject
    SyndicationSettings settings;

    @Inject
    SiteSettings site;

    private record Key(String channelId, FeedFormat format, URI base) {
    }

    private final Cache<Key, RenderedFeed> rendered = Caffeine.newBuilder().maximumSize(CACHED_FEEDS).build();

    /**
     * The feed of the site ({@code channelId} null) or of a channel.
     *
     * @param requestBase the request's base URI (the application root), used when {@code inkstone.site.base-url} is
     *                    not set
     * @throws org.inkstone.channel.ChannelNotFoundException (404) for an unknown channel
     */
    public RenderedFeed feed(String channelId, FeedFormat format, URI requestBase) {
        Channel channel = channelId == null ? null : channels.require(channelId);
        URI base = FeedEntries.base(site.baseUrl(), requestBase);
        List<Article> newest = articles.newestPublished(channel == null ? null : scope(channel), settings.feedSize());
        List<Long> ids = newest.stream().map(Article::getId).toList();
        Map<Long, Change> changes = changeLog.find(ids);
        String tag = FeedVersion.etag(identity(channel, format, base), ids, changes);
        Instant lastModified = FeedVersion.lastModified(newest.stream().map(Article::getPublishedAt).toList(), changes,
                changeLog.latestChangeAt().orElse(null));
        Key key = new Key(channelId, format, base);
        RenderedFeed cached = rendered.getIfPresent(key);
        if (cached != null && cached.etag().equals(tag)) {
            // the same document; Last-Modified as computed now (a change elsewhere in the change log moves it for
            // every format alike, whichever was rendered when)
            return cached.lastModified().equals(lastModified) ? cached
                    : new RenderedFeed(cached.etag(), lastModified, cached.body(), cached.mediaType());
        }
        List<Article> rows = articles.publishedForFeed(ids);
        List<String> hashes = rows.stream().map(Article::getCoverHash).filter(Objects::nonNull).toList();
        Map<String, ImageFile> covers = media.files(hashes);
        Feed feed = new Feed(title(channel), site.name(), pageUrl(channel, base), selfUrl(channel, format, base),
                description(channel), lastModified,
                FeedEntries.of(rows, changes, covers, id -> channels.ref(id).name(), base));
        RenderedFeed out = new RenderedFeed(tag, lastModified, FeedWriter.write(feed, format).getBytes(StandardCharsets.UTF_8),
                format.mediaType());
        if (rows.size() == ids.size()) {
            // else an article was withdrawn between the two reads: the next request's ETag differs anyway
            rendered.put(key, out);
        }
        return out;
    }

    /** The channel and, for a top-level channel, its second-level channels (hidden ones too). */
    private List<String> scope(Channel channel) {
        List<String> ids = new ArrayList<>();
        ids.add(channel.getId());
        if (channel.getParentId() == null) {
            channels.tree().children(channel.getId()).forEach(c -> ids.add(c.getId()));
        }
        return ids;
    }

    /** What the document shows besides the entries' own rows: it is part of the ETag's input. */
    private String identity(Channel channel, FeedFormat format, URI base) {
        StringBuilder b = new StringBuilder("feed-1\n").append(format.id()).append('\n').append(base).append('\n')
                .append(site.name()).append('\n').append(settings.feedSize()).append('\n')
                .append(channel == null ? "" : channel.getId()).append('\n');
        for (Channel c : channels.tree().all()) {
            b.append(c.getId()).append('=').append(c.getName()).append('\n');
        }
        return b.toString();
    }

    private String title(Channel channel) {
        return channel == null ? site.name() : site.name() + " - " + channel.getName();
    }

    private String description(Channel channel) {
        int n = settings.feedSize();
        return channel == null ? site.name() + "最新 " + n + " 篇文章" : site.name() + "「" + channel.getName() + "」栏目最新 " + n + " 篇文章";
    }

    private static String pageUrl(Channel channel, URI base) {
        return channel == null ? base.toString() : base.resolve("channels/" + channel.getId()).toString();
    }

    /** The feed's own URL: {@code <base>feeds/rss.xml}, {@code <base>channels/<id>/atom.xml}, … */
    public static String selfUrl(Channel channel, FeedFormat format, URI base) {
        return base.resolve((channel == null ? "feeds/" : "channels/" + channel.getId() + "/") + format.id() + ".xml").toString();
    }
}
