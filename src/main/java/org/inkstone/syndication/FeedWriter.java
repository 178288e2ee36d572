package org.inkstone.syndication;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Enclosure;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jsoup.nodes.Entities;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Writes a {@link Feed} as RSS 2.0 or Atom 1.0 with ROME ({@link WireFeedOutput}, JDOM2 underneath), UTF-8, not
 * pretty-printed (pretty printing would trim text).
 *
 * <p>Always well-formed: every text and URL goes through {@link XmlChars#clean} first (JDOM would otherwise refuse a
 * forbidden character with an exception), and JDOM escapes {@code < & >} in text, so a text containing {@code ]]>}
 * is written as {@code ]]&gt;} and reads back exactly. Dates: RSS {@code pubDate}/{@code lastBuildDate} in RFC 822
 * with English day and month names in GMT (ROME formats them with {@code Locale.US} and the GMT zone, whatever the
 * JVM's locale and zone); Atom {@code published}/{@code updated} in RFC 3339 UTC ({@code 2026-11-30T06:00:00Z}).
 *
 * <p>RSS items: {@code title}, {@code link}, {@code guid isPermaLink="true"} (the article URL), {@code description}
 * (the summary, HTML-escaped: RSS descriptions are read as HTML), {@code content:encoded} (the body HTML),
 * {@code dc:creator} (the byline), {@code category} (the channel's name), {@code enclosure} (the cover image),
 * {@code pubDate}. Atom entries: {@code id} and {@code link rel="alternate"} (the article URL), {@code title} and
 * {@code summary} ({@code type="text"}), {@code content type="html"}, {@code author}, {@code category term label},
 * {@code link rel="enclosure"} with type and length, {@code published}, {@code updated}. Stateless and thread-safe.
 */
public final class FeedWriter {

    private static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

    private FeedWriter() {
    }

    /**
     * The feed document as a string (its XML declaration says UTF-8; send it as UTF-8 bytes).
     *
     * @throws IllegalStateException if ROME refuses the feed (a bug: every value given to it is checked)
     */
    public static String write(Feed feed, FeedFormat format) {
        WireFeed wire = format == FeedFormat.RSS ? rss(feed) : atom(feed);
        try {
            return new WireFeedOutput().outputString(wire, false);
        } catch (FeedException e) {
            throw new IllegalStateException("feed not written: " + e.getMessage(), e);
        }
    }

    private static Channel rss(Feed feed) {
        Channel c = new Channel(FeedFormat.RSS.romeType());
        c.setEncoding("UTF-8");
        c.setTitle(text(feed.title()));
        c.setLink(text(feed.pageUrl()));
        c.setDescription(text(feed.description()));
        c.setLanguage("zh-CN");
        c.setLastBuildDate(Date.from(feed.updated()));
        Element self = new Element("link", ATOM);
        self.setAttribute("href", text(feed.selfUrl()));
        self.setAttribute("rel", "self");
        self.setAttribute("type", "application/rss+xml");
        List<Element> foreign = new ArrayList<>(c.getForeignMarkup());
        foreign.add(self);
        c.setForeignMarkup(foreign);
        List<Item> items = new ArrayList<>();
        for (Feed.Entry e : feed.entries()) {
            Item i = new Item();
            i.setTitle(text(e.title()));
            i.setLink(text(e.url()));
            Guid g = new Guid();
            g.setPermaLink(true);
            g.setValue(text(e.url()));
            i.setGuid(g);
            if (e.summary() != null && !e.summary().isEmpty()) {
                Description d = new Description();
                d.setType("text/html");
                d.setValue(Entities.escape(text(e.summary())));
                i.setDescription(d);
            }
            com.rometools.rome.feed.rss.Content body = new com.rometools.rome.feed.rss.Content();
            body.setType(com.rometools.rome.feed.rss.Content.HTML);
            body.setValue(text(e.bodyHtml()));
            i.setContent(body);
            if (e.author() != null && !e.author().isBlank()) {
                DCModule dc = new DCModuleImpl();
                dc.setCreator(text(e.author()));
                i.getModules().add(dc);
            }
            com.rometools.rome.feed.rss.Category cat = new com.rometools.rome.feed.rss.Category();
            cat.setValue(text(e.channelName()));
            i.setCategories(List.of(cat));
            if (e.enclosure() != null) {
                Enclosure en = new Enclosure();
                en.setUrl(text(e.enclosure().url()));
                en.setLength(e.enclosure().length());
                en.setType(e.enclosure().type());
                i.setEnclosures(List.of(en));
            }
            i.setPubDate(Date.from(e.published()));
            items.add(i);
        }
        c.setItems(items);
        return c;
    }

    private static com.rometools.rome.feed.atom.Feed atom(Feed feed) {
        com.rometools.rome.feed.atom.Feed f = new com.rometools.rome.feed.atom.Feed(FeedFormat.ATOM.romeType());
        f.setEncoding("UTF-8");
        f.setLanguage("zh-CN");
        f.setId(text(feed.selfUrl()));
        f.setTitleEx(content(Content.TEXT, feed.title()));
        f.setSubtitle(content(Content.TEXT, feed.description()));
        f.setUpdated(Date.from(feed.updated()));
        f.setAlternateLinks(List.of(link("alternate", feed.pageUrl(), "text/html", 0)));
        f.setOtherLinks(List.of(link("self", feed.selfUrl(), "application/atom+xml", 0)));
        f.setAuthors(List.of(person(feed.publisher())));
        List<Entry> entries = new ArrayList<>();
        for (Feed.Entry e : feed.entries()) {
            Entry en = new Entry();
            en.setId(text(e.url()));
            en.setTitleEx(content(Content.TEXT, e.title()));
            en.setAlternateLinks(List.of(link("alternate", e.url(), "text/html", 0)));
            if (e.enclosure() != null) {
                en.setOtherLinks(List.of(link("enclosure", e.enclosure().url(), e.enclosure().type(), e.enclosure().length())));
            }
            if (e.summary() != null && !e.summary().isEmpty()) {
                en.setSummary(content(Content.TEXT, e.summary()));
            }
            en.setContents(List.of(content(Content.HTML, e.bodyHtml())));
            if (e.author() != null && !e.author().isBlank()) {
                en.setAuthors(List.of(person(e.author())));
            }
            Category cat = new Category();
            cat.setTerm(text(e.channelId()));
            cat.setLabel(text(e.channelName()));
            en.setCategories(List.of(cat));
            en.setPublished(Date.from(e.published()));
            en.setUpdated(Date.from(e.updated()));
            entries.add(en);
        }
        f.setEntries(entries);
        return f;
    }

    private static Content content(String type, String value) {
        Content c = new Content();
        c.setType(type);
        c.setValue(text(value));
        return c;
    }

    private static Link link(String rel, String href, String type, long length) {
        Link l = new Link();
        l.setRel(rel);
        l.setHref(text(href));
        l.setType(type);
        if (length > 0) {
            l.setLength(length);
        }
        return l;
    }

    private static Person person(String name) {
        Person p = new Person();
        p.setName(text(name));
        return p;
    }

    private static String text(String s) {
        return s == null ? "" : XmlChars.clean(s);
    }
}
