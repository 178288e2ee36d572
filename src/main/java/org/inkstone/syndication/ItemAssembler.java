package org.inkstone.syndication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.inkstone.article.Article;
import org.inkstone.article.ArticleNotFoundException;
import org.inkstone.article.ArticlePresenter;
import org.inkstone.article.ArticleService;
import org.inkstone.channel.Channel;
import org.inkstone.channel.ChannelService;
import org.inkstone.common.SiteSettings;
import org.inkstone.media.Encoding;
import org.inkstone.media.ImageEncoder;
import org.inkstone.media.MediaService;
import org.inkstone.media.PageImage;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Builds the {@link ItemContent} of an article's current version from the article, channel and media services and
 * the change log. Version, status and times come from the change log ({@code syndication_item}); an article
 * published without a row there (an import) is version 1, usable, first created and version created at its
 * publication time. Links are made absolute against {@code inkstone.site.base-url}, or {@code http://localhost:8080/}
 * when it is not set (one warning is logged then: partners would get links to localhost). Thread-safe (stateless but
 * for that once-only flag).
 */
@ApplicationScoped
public class ItemAssembler {

    private static final Logger LOG = Logger.getLogger(ItemAssembler.class.getName());

    /** The base of absolute links when {@code inkstone.site.base-url} is not set: the run command's default port. */
    static final URI FALLBACK_BASE = URI.create("http://localhost:8080/");

    private final AtomicBoolean warned = new AtomicBoolean();

    @Inject
    ArticleService articles;

    @Inject
    ChannelService channels;

    @Inject
    MediaService media;

    @Inject
    ChangeLog changeLog;

    @Inject
    SiteSettings site;

    @Inject
    SyndicationSettings settings;

    /**
     * The content of the article's current version: the full item while it is published, a kill notice (headline
     * and metadata only) after a withdrawal. Reads inside the caller's transaction when there is one, so a call
     * from the publishing transaction sees the state it writes.
     *
     * @throws ArticleNotFoundException for an unknown article, and for one that was never published (a draft, or
     *                                  an article whose change-log row is usable but which is not published now)
     */
    public ItemContent assemble(long articleId) {
        URI base = base();
        ZoneId zone = site.zone();
        Optional<Change> change = changeLog.find(articleId);
        if (change.isPresent() && change.get().pubStatus() == PubStatus.CANCELED) {
            Article a = articles.findForNewsroom(articleId).orElseThrow(() -> new ArticleNotFoundException(articleId));
            Change c = change.get();
            return new ItemContent(articleId, itemUri(base, articleId), c.version(), PubStatus.CANCELED,
                    time(c.firstCreated(), zone), time(c.changedAt(), zone), text(a.getTitle()), blankToNull(a.getSubtitle()),
                    null, null, blankToNull(a.getByline()), blankToNull(a.getSource()), channel(base, c.channelId()),
                    parent(base, c.channelId()), List.of(), null, null, settings.copyrightNotice(),
                    settings.usageTerms(), provider(base));
        }
        Article a = articles.findPublished(articleId).orElseThrow(() -> new ArticleNotFoundException(articleId));
        Instant published = a.getPublishedAt() != null ? a.getPublishedAt() : a.getCreatedAt();
        int version = change.map(Change::version).orElse(1);
        Instant first = change.map(Change::firstCreated).orElse(published);
        Instant changed = change.map(Change::changedAt).orElse(published);
        String html = a.getBodyHtml() != null ? a.getBodyHtml()
                : ArticlePresenter.bodyHtml(a.getBody() == null ? "" : a.getBody());
        List<String> tags = articles.tags(articleId);
        return new ItemContent(articleId, itemUri(base, articleId), version, PubStatus.USABLE, time(first, zone),
                time(changed, zone), text(a.getTitle()), blankToNull(a.getSubtitle()), blankToNull(a.getSummary()),
                AbsoluteLinks.resolve(XmlChars.clean(html), base), blankToNull(a.getByline()),
                blankToNull(a.getSource()), channel(base, a.getChannelId()), parent(base, a.getChannelId()), tags,
                cover(base, a.getCoverHash(), a.getCoverCredit()), version > 1 ? blankToNull(a.getCorrectionNote()) : null,
                settings.copyrightNotice(), settings.usageTerms(), provider(base));
    }

    /**
     * The base URL of absolute links, ending in {@code /}: {@code inkstone.site.base-url}, or
     * {@link #FALLBACK_BASE} (with one warning per application) when it is not set.
     */
    public URI base() {
        URI configured = site.baseUrl();
        if (configured == null) {
            if (warned.compareAndSet(false, true)) {
                LOG.warning("inkstone.site.base-url is not set: partner documents and feeds link to " + FALLBACK_BASE
                        + " (set it to the site's public URL)");
            }
            return FALLBACK_BASE;
        }
        return withSlash(configured);
    }

    /** {@code base} with a path that ends in {@code /} (so relative references resolve below it). */
    static URI withSlash(URI base) {
        String s = base.toString();
        int cut = s.length();
        for (char c : new char[]{'?', '#'}) {
            int i = s.indexOf(c);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        s = s.substring(0, cut);
        if (base.getRawPath() == null || base.getRawPath().isEmpty()) {
            return URI.create(s + "/");
        }
        return URI.create(s.endsWith("/") ? s : s + "/");
    }

    /** The item's stable identifier: the absolute article URL {@code <base>articles/<id>}. */
    public static String itemUri(URI base, long articleId) {
        return base.resolve("articles/" + articleId).toString();
    }

    /** {@code instant} in {@code zone}, cut to whole seconds (the database keeps whole seconds). */
    static OffsetDateTime time(Instant instant, ZoneId zone) {
        return instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime();
    }

    private ItemContent.Subject channel(URI base, String id) {
        String name = channels.find(id).map(Channel::getName).orElse(id);
        return new ItemContent.Subject(text(name), base.resolve("channels/" + id).toString());
    }

    private ItemContent.Subject parent(URI base, String id) {
        return channels.find(id).map(Channel::getParentId).flatMap(channels::find)
                .map(p -> new ItemContent.Subject(text(p.getName()), base.resolve("channels/" + p.getId()).toString()))
                .orElse(null);
    }

    private ItemContent.Subject provider(URI base) {
        return new ItemContent.Subject(text(site.name()), base.toString());
    }

    /**
     * The cover as partners get it; null without a hash, and when the library has no such image (then the item
     * goes without a cover, as the article page does).
     */
    private ItemContent.Picture cover(URI base, String hash, String credit) {
        if (hash == null || hash.isEmpty()) {
            return null;
        }
        return media.pageImage(hash).map(image -> picture(base, image, credit)).orElseGet(() -> {
            LOG.warning(() -> "cover image " + hash + " is not in the media library; the item goes without it");
            return null;
        });
    }

    /**
     * The picture of {@code image}: the full size, then each page size narrower than it. A page size's height is
     * the media pipeline's ({@link ImageEncoder#renditionSize}: each size is scaled from the previous one).
     */
    static ItemContent.Picture picture(URI base, PageImage image, String credit) {
        List<ItemContent.Rendition> renditions = new ArrayList<>();
        renditions.add(new ItemContent.Rendition("original", base.resolve(image.url()).toString(), image.width(),
                image.height(), contentType(image.url())));
        int fromWidth = image.width();
        int fromHeight = image.height();
        for (String name : List.of("large", "small")) {
            PageImage.Size s = name.equals("large") ? image.large() : image.small();
            int[] size = s.url().equals(image.url()) ? null : ImageEncoder.renditionSize(fromWidth, fromHeight, s.width());
            if (size != null) {
                renditions.add(new ItemContent.Rendition(name, base.resolve(s.url()).toString(), size[0], size[1],
                        contentType(s.url())));
                fromWidth = size[0];
                fromHeight = size[1];
            }
        }
        return new ItemContent.Picture(base.resolve(image.url()).toString(), text(image.alt()), blankToNull(credit),
                renditions);
    }

    /** The media type of a library file from its extension ({@code image/jpeg} when unknown). */
    static String contentType(String url) {
        String ext = url.substring(url.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return Encoding.ofExtension(ext).map(Encoding::mediaType).orElse("image/jpeg");
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
