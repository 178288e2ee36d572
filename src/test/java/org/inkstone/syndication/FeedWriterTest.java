package org.inkstone.syndication;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedWriterTest {

    static final Instant PUBLISHED = Instant.parse("2026-11-30T06:05:09Z");
    static final Instant CORRECTED = Instant.parse("2026-12-01T23:59:58Z");
    static final Instant BUILT = Instant.parse("2026-12-02T00:00:01Z");

    static Feed.Entry entry(String title, String summary, String bodyHtml, String author, Feed.Enclosure enclosure) {
        return new Feed.Entry("https://news.example/articles/7", title, summary, bodyHtml, author, "sports", "体育",
                PUBLISHED, CORRECTED, enclosure);
    }

    static Feed feed(Feed.Entry... entries) {
        return new Feed("墨砚新闻 - 体育", "墨砚新闻", "https://news.example/channels/sports",
                "https://news.example/channels/sports/rss.xml", "墨砚新闻「体育」栏目最新 50 篇文章", BUILT, List.of(entries));
    }

    static Document parseStrictly(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    static SyndFeed rome(String xml) throws Exception {
        return new SyndFeedInput().build(new StringReader(xml));
    }

    @ParameterizedTest
    @EnumSource(FeedFormat.class)
    void forbiddenCharactersAreRemovedAndCdataEndsReadBackExactly(FeedFormat format) throws Exception {
        String title = "标题\u0008甲 ]]> 乙 <b>&amp;";
        String body = "<p>正文\u0000一 ]]> 二 \uD800三 😀</p><p>a &lt; b ]]&gt; c</p>";
        String summary = "摘要 ]]> \u0001丙 & 丁";
        String xml = FeedWriter.write(feed(entry(title, summary, body, "记者\u000B 甲", null)), format);

        parseStrictly(xml);
        SyndEntry e = rome(xml).getEntries().get(0);
        assertEquals("标题甲 ]]> 乙 <b>&amp;", e.getTitle());
        assertEquals("<p>正文一 ]]> 二 三 😀</p><p>a &lt; b ]]&gt; c</p>", e.getContents().get(0).getValue());
        assertEquals("正文一 ]]> 二 三 😀 a < b ]]> c", Jsoup.parse(e.getContents().get(0).getValue()).text());
        String shownSummary = format == FeedFormat.RSS ? Jsoup.parse(e.getDescription().getValue()).text() : e.getDescription().getValue();
        assertEquals("摘要 ]]> 丙 & 丁", shownSummary);
        assertEquals("记者 甲", e.getAuthor());
    }

    @Test
    void rssItemsHaveGuidLinkContentEncodedCreatorCategoryAndEnclosure() throws Exception {
        String xml = FeedWriter.write(feed(entry("标题", "摘要", "<p>正文</p>", "记者 甲",
                new Feed.Enclosure("https://news.example/media/ab.jpg", 12345, "image/jpeg"))), FeedFormat.RSS);
        Document d = parseStrictly(xml);
        Element rss = d.getDocumentElement();
        assertEquals("rss", rss.getTagName());
        assertEquals("2.0", rss.getAttribute("version"));
        Element channel = (Element) rss.getElementsByTagName("channel").item(0);
        assertEquals("墨砚新闻 - 体育", text(channel, "title"));
        assertEquals("https://news.example/channels/sports", text(channel, "link"));
        assertEquals("zh-CN", text(channel, "language"));
        Element self = (Element) channel.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link").item(0);
        assertEquals("https://news.example/channels/sports/rss.xml", self.getAttribute("href"));
        assertEquals("self", self.getAttribute("rel"));
        Element item = (Element) channel.getElementsByTagName("item").item(0);
        assertEquals("https://news.example/articles/7", text(item, "link"));
        Element guid = (Element) item.getElementsByTagName("guid").item(0);
        assertEquals("https://news.example/articles/7", guid.getTextContent());
        assertFalse("false".equals(guid.getAttribute("isPermaLink")));
        assertEquals("<p>正文</p>", item.getElementsByTagNameNS("http://purl.org/rss/1.0/modules/content/", "encoded").item(0).getTextContent());
        assertEquals("记者 甲", item.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "creator").item(0).getTextContent());
        assertEquals("体育", text(item, "category"));
        assertEquals("摘要", text(item, "description"));
        Element enclosure = (Element) item.getElementsByTagName("enclosure").item(0);
        assertEquals("https://news.example/media/ab.jpg", enclosure.getAttribute("url"));
        assertEquals("12345", enclosure.getAttribute("length"));
        assertEquals("image/jpeg", enclosure.getAttribute("type"));
        assertEquals(0, item.getElementsByTagName("author").getLength(), "RSS author is an e-mail address: the byline is dc:creator");

        SyndEntry e = rome(xml).getEntries().get(0);
        assertEquals("https://news.example/articles/7", e.getUri());
        assertEquals("记者 甲", ((DCModule) e.getModule(DCModule.URI)).getCreator());
        assertEquals("体育", e.getCategories().get(0).getName());
        assertEquals("https://news.example/media/ab.jpg", e.getEnclosures().get(0).getUrl());
        assertEquals(12345, e.getEnclosures().get(0).getLength());
    }

    @Test
    void rssDatesAreRfc822InEnglishGmt() throws Exception {
        Document d = parseStrictly(FeedWriter.write(feed(entry("t", "s", "<p>b</p>", null, null)), FeedFormat.RSS));
        assertEquals("Mon, 30 Nov 2026 06:05:09 GMT", text(d.getDocumentElement(), "pubDate"));
        assertEquals("Wed, 02 Dec 2026 00:00:01 GMT", text(d.getDocumentElement(), "lastBuildDate"));
    }

    @Test
    void atomEntriesHaveIdLinksHtmlContentAuthorCategoryEnclosureAndRfc3339Dates() throws Exception {
        String xml = FeedWriter.write(feed(entry("标题", "摘要", "<p>正文 <a href=\"https://news.example/x\">链接</a></p>", "记者 甲",
                new Feed.Enclosure("https://news.example/media/ab.png", 999, "image/png"))), FeedFormat.ATOM);
        Document d = parseStrictly(xml);
        Element feed = d.getDocumentElement();
        assertEquals("http://www.w3.org/2005/Atom", feed.getNamespaceURI());
        assertEquals("https://news.example/channels/sports/rss.xml", text(feed, "id"));
        assertEquals("2026-12-02T00:00:01Z", direct(feed, "updated"));
        assertEquals("墨砚新闻", text((Element) feed.getElementsByTagName("author").item(0), "name"));
        Element entry = (Element) feed.getElementsByTagName("entry").item(0);
        assertEquals("https://news.example/articles/7", text(entry, "id"));
        assertEquals("2026-11-30T06:05:09Z", text(entry, "published"));
        assertEquals("2026-12-01T23:59:58Z", text(entry, "updated"));
        Element content = (Element) entry.getElementsByTagName("content").item(0);
        assertEquals("html", content.getAttribute("type"));
        assertEquals("<p>正文 <a href=\"https://news.example/x\">链接</a></p>", content.getTextContent());
        assertEquals("记者 甲", text((Element) entry.getElementsByTagName("author").item(0), "name"));
        Element category = (Element) entry.getElementsByTagName("category").item(0);
        assertEquals("sports", category.getAttribute("term"));
        assertEquals("体育", category.getAttribute("label"));
        boolean alternate = false;
        boolean enclosure = false;
        for (int i = 0; i < entry.getElementsByTagName("link").getLength(); i++) {
            Element l = (Element) entry.getElementsByTagName("link").item(i);
            if ("alternate".equals(l.getAttribute("rel")) || l.getAttribute("rel").isEmpty()) {
                assertEquals("https://news.example/articles/7", l.getAttribute("href"));
                alternate = true;
            } else if ("enclosure".equals(l.getAttribute("rel"))) {
                assertEquals("https://news.example/media/ab.png", l.getAttribute("href"));
                assertEquals("image/png", l.getAttribute("type"));
                assertEquals("999", l.getAttribute("length"));
                enclosure = true;
            }
        }
        assertTrue(alternate && enclosure, xml);

        SyndFeed parsed = rome(xml);
        SyndEntry e = parsed.getEntries().get(0);
        assertEquals("标题", e.getTitle());
        assertEquals("摘要", e.getDescription().getValue());
        assertEquals(Instant.parse("2026-11-30T06:05:09Z"), e.getPublishedDate().toInstant());
        assertEquals(Instant.parse("2026-12-01T23:59:58Z"), e.getUpdatedDate().toInstant());
    }

    @Test
    void anEntryWithoutBylineSummaryOrCoverLeavesThemOut() throws Exception {
        String xml = FeedWriter.write(feed(entry("标题", null, "<p>正文</p>", null, null)), FeedFormat.RSS);
        Element item = (Element) parseStrictly(xml).getElementsByTagName("item").item(0);
        assertEquals(0, item.getElementsByTagName("enclosure").getLength());
        assertEquals(0, item.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "creator").getLength());
        assertEquals(0, item.getElementsByTagName("description").getLength());
        String author = rome(xml).getEntries().get(0).getAuthor();
        assertTrue(author == null || author.isEmpty(), author);
    }

    static String text(Element parent, String name) {
        return parent.getElementsByTagName(name).item(0).getTextContent();
    }

    /** The text of {@code parent}'s own child {@code name} (not a descendant's). */
    static String direct(Element parent, String name) {
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el && name.equals(el.getLocalName())) {
                return el.getTextContent();
            }
        }
        throw new AssertionError("no " + name);
    }
}
