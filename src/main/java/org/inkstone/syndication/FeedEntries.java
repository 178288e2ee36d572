package org.inkstone.syndication;

import org.inkstone.article.Article;
import org.inkstone.article.ArticlePresenter;
import org.inkstone.media.ImageFile;
import org.jsoup.Jsoup;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns published article rows into {@link Feed.Entry feed entries}: absolute URLs under a base, the body as HTML
 * (a newsroom article's sanitized HTML, or paragraphs built from an imported plain-text body exactly as the article
 * page builds them, {@link ArticlePresenter#bodyHtml}) with every link and image made absolute
 * ({@link AbsoluteLinks}), a summary (the 摘要, else an excerpt), the cover image as an enclosure. Pure: no database;
 * stateless and thread-safe.
 */
public final class FeedEntries {

    /** Longest excerpt used as a summary, in characters (code points), before the ellipsis. */
    static final int EXCERPT_CHARS = 120;

    private FeedEntries() {
    }

    /**
     * The base URL that feed links start with: {@code configured} ({@code inkstone.site.base-url}) when set, else
     * {@code request} (the request's base URI); with a trailing {@code /} either way.
     */
    public static URI base(URI configured, URI request) {
        String b = (configured != null ? configured : request).toString();
        return URI.create(b.endsWith("/") ? b : b + "/");
    }

    /**
     * One entry per row, in the rows' order.
     *
     * @param rows         published articles as {@code ArticleService.publishedForFeed} loads them
     * @param changes      the change log's state of those that have one (by article id): a correction's time
     *                     becomes the entry's {@code updated}
     * @param covers       the cover files by hash (a missing one: no enclosure)
     * @param channelNames a channel id's display name
     */
    public static List<Feed.Entry> of(List<Article> rows, Map<Long, Change> changes, Map<String, ImageFile> covers,
                                      Function<String, String> channelNames, URI base) {
        return rows.stream().map(a -> entry(a, changes.get(a.getId()), covers, channelNames, base)).toList();
    }

    private static Feed.Entry entry(Article a, Change change, Map<String, ImageFile> covers,
                                    Function<String, String> channelNames, URI base) {
        String html = a.getBodyHtml() != null ? a.getBodyHtml() : ArticlePresenter.bodyHtml(a.getBody() == null ? "" : a.getBody());
        String summary = a.getSummary() != null && !a.getSummary().isBlank() ? a.getSummary().strip() : excerpt(html);
        Instant published = a.getPublishedAt();
        Instant updated = latest(published, a.getCorrectedAt(), change == null ? null : change.changedAt());
        ImageFile cover = a.getCoverHash() == null ? null : covers.get(a.getCoverHash());
        Feed.Enclosure enclosure = cover == null ? null
                : new Feed.Enclosure(base.resolve(cover.url()).toString(), cover.bytes(), cover.mediaType());
        String byline = a.getByline() == null || a.getByline().isBlank() ? null : a.getByline().strip();
        return new Feed.Entry(ItemAssembler.itemUri(base, a.getId()), a.getTitle(), summary, AbsoluteLinks.resolve(html, base), byline,
                a.getChannelId(), channelNames.apply(a.getChannelId()), published, updated, enclosure);
    }

    /**
     * A plain-text excerpt of body HTML: its visible text with white space collapsed, cut after
     * {@value #EXCERPT_CHARS} characters (never inside a surrogate pair) with "…" appended when cut.
     */
    static String excerpt(String html) {
        String text = Jsoup.parse(html).text().strip();
        if (text.codePointCount(0, text.length()) <= EXCERPT_CHARS) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, EXCERPT_CHARS)).strip() + "…";
    }

    private static Instant latest(Instant first, Instant... others) {
        Instant out = first;
        for (Instant i : others) {
            if (i != null && (out == null || i.isAfter(out))) {
                out = i;
            }
        }
        return out;
    }
}
