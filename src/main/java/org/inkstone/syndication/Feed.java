package org.inkstone.syndication;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a feed says, before it is written as RSS or Atom ({@link FeedWriter}). Text is as stored (the writer removes
 * the characters XML 1.0 forbids); every URL is absolute. Immutable.
 *
 * @param title       the feed's title (the site's name, or the site's and the channel's)
 * @param publisher   the site's name: the Atom feed's author (an entry without a byline inherits it)
 * @param pageUrl     the HTML page the feed follows (the home page or the channel page)
 * @param selfUrl     the feed's own URL (Atom {@code id} and {@code rel="self"}; RSS {@code atom:link rel="self"})
 * @param description a one-line description (RSS {@code description}, Atom {@code subtitle})
 * @param updated     the feed's {@code Last-Modified} (RSS {@code lastBuildDate}, Atom {@code updated})
 * @param entries     newest first
 */
public record Feed(String title, String publisher, String pageUrl, String selfUrl, String description, Instant updated,
                   List<Entry> entries) {

    public Feed {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(updated, "updated");
        entries = List.copyOf(entries);
    }

    /**
     * One article in a feed.
     *
     * @param url         the article's absolute URL {@code <base>articles/<id>}: link, RSS {@code guid} (a permalink)
     *                    and Atom {@code id}, the same URI partners get
     * @param title       plain text
     * @param summary     plain text: the article's 摘要, else an excerpt of its body
     * @param bodyHtml    the full body as HTML with absolute links (RSS {@code content:encoded}, Atom content
     *                    {@code type="html"})
     * @param author      the byline (RSS {@code dc:creator}, Atom {@code author/name}), or null
     * @param channelId   the article's channel (Atom category {@code term})
     * @param channelName its name (RSS {@code category}, Atom category {@code label})
     * @param published   first publication
     * @param updated     the latest change (a correction), else {@code published}
     * @param enclosure   the cover image, or null
     */
    public record Entry(String url, String title, String summary, String bodyHtml, String author, String channelId,
                        String channelName, Instant published, Instant updated, Enclosure enclosure) {
    }

    /**
     * A cover image as an enclosure.
     *
     * @param url    absolute
     * @param length the file's length in bytes
     * @param type   its media type, e.g. {@code image/jpeg}
     */
    public record Enclosure(String url, long length, String type) {
    }
}
