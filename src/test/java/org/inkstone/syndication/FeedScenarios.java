package org.inkstone.syndication;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import jakarta.json.JsonObject;
import org.inkstone.comment.Api;
import org.inkstone.media.MediaUploads;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The RSS and Atom feeds over HTTP against the deployed WAR (run by {@code SiteIT}, methods {@code feed*}). Each
 * scenario makes its own articles and, where it needs a channel tree, its own channels (a top-level channel with a
 * second-level one, hidden at the end: channels with articles cannot be deleted).
 */
public final class FeedScenarios {

    private final String root;
    private final Api reader;
    private final String run = Long.toString(System.nanoTime() % 2_000_000_000L, 36);

    public FeedScenarios(String root) {
        this.root = root;
        this.reader = new Api(root);
    }

    // ---- helpers ----

    private HttpResponse<String> get(String path, String header, String value) {
        HttpRequest.Builder b = reader.request(path);
        if (header != null) {
            b.header(header, value);
        }
        return reader.send(b);
    }

    private static Document strictXml(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    private static SyndFeed rome(String xml) {
        try {
            return new SyndFeedInput().build(new StringReader(xml));
        } catch (Exception e) {
            throw new AssertionError("ROME does not parse it: " + e.getMessage(), e);
        }
    }

    /** GET of a feed that must answer 200 with its headers; the document parsed strictly and by ROME. */
    private Fetched fetch(String path) {
        HttpResponse<String> r = get(path, null, null);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        String type = path.endsWith("rss.xml") ? "application/rss+xml;charset=UTF-8" : "application/atom+xml;charset=UTF-8";
        assertEquals(type, r.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""), path);
        String etag = r.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(path + ": no ETag"));
        assertTrue(etag.matches("\"[0-9a-f]{32}\""), etag);
        String lastModified = r.headers().firstValue("Last-Modified").orElseThrow(() -> new AssertionError(path + ": no Last-Modified"));
        assertEquals("public, max-age=60", r.headers().firstValue("Cache-Control").orElseThrow(), path);
        strictXml(r.body());
        return new Fetched(r.body(), etag, lastModified, rome(r.body()));
    }

    private record Fetched(String body, String etag, String lastModified, SyndFeed feed) {
        List<String> uris() {
            return feed.getEntries().stream().map(SyndEntry::getUri).toList();
        }

        SyndEntry entry(String uri) {
            return feed.getEntries().stream().filter(e -> uri.equals(e.getUri())).findFirst()
                    .orElseThrow(() -> new AssertionError("no entry " + uri + " in " + uris()));
        }
    }

    private String articleUrl(long id) {
        return root + "articles/" + id;
    }

    private static HttpResponse<String> send(Api api, String method, String path, String json) {
        return api.send(api.request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A top-level channel and a second-level channel under it, made by the desk's chief editor; their ids. */
    private String[] channelTree(Newsdesk desk) {
        String top = "feed-top-" + run;
        String kid = "feed-kid-" + run;
        assertEquals(201, send(desk.chief().api(), "POST", "api/admin/channels", "{\"id\":\"" + top + "\",\"name\":\"订阅顶" + run + "\"}").statusCode());
        assertEquals(201, send(desk.chief().api(), "POST", "api/admin/channels",
                "{\"id\":\"" + kid + "\",\"name\":\"订阅子" + run + "\",\"parent\":\"" + top + "\"}").statusCode());
        // hidden: the reader navigation of the shared test site keeps its 17 channels (hidden channels keep their feeds)
        assertEquals(200, send(desk.chief().api(), "PATCH", "api/admin/channels/" + top, "{\"hidden\":true}").statusCode());
        return new String[] {top, kid};
    }

    // ---- scenarios ----

    /**
     * Both site feeds answer 200 with ETag, Last-Modified, Cache-Control and their Content-Type; the same ETag in
     * If-None-Match, or the Last-Modified in If-Modified-Since, is 304 without a body and with the same validators.
     */
    public void answersWithValidatorsAndNotModified() {
        new Newsdesk(root).publish("订阅条件请求" + run, "tech", "<p>正文。</p>", null);
        for (String path : List.of("feeds/rss.xml", "feeds/atom.xml")) {
            Fetched f = fetch(path);
            assertFalse(f.feed().getEntries().isEmpty(), path);
            HttpResponse<String> same = get(path, "If-None-Match", f.etag());
            assertEquals(304, same.statusCode(), path);
            assertEquals("", same.body());
            assertEquals(f.etag(), same.headers().firstValue("ETag").orElseThrow());
            assertEquals(f.lastModified(), same.headers().firstValue("Last-Modified").orElseThrow());
            assertEquals(304, get(path, "If-Modified-Since", f.lastModified()).statusCode(), path);
            assertEquals(200, get(path, "If-None-Match", "\"0123456789abcdef0123456789abcdef\"").statusCode(), path);
        }
        assertNotEquals(fetch("feeds/rss.xml").etag(), fetch("feeds/atom.xml").etag());
    }

    /**
     * A publication, a correction and a withdrawal each give a new body and ETag; saving a draft of a correction does
     * not. A top-level channel's feed holds its second-level channel's article; entries carry absolute links, the
     * summary, dc:creator, the channel as category and the cover as enclosure (its real length); titles with
     * {@code ]]>} read back exactly. The site feed shows a new publication first.
     */
    public void followsPublicationsCorrectionsAndWithdrawals() {
        Newsdesk desk = new Newsdesk(root);
        String[] tree = channelTree(desk);
        String top = "channels/" + tree[0] + "/rss.xml";
        String kidName = "订阅子" + run;
        JsonObject media = MediaUploads.photo(desk.editor().api(), root, 640, 360, "订阅封面" + run);
        String hash = media.getString("hash");

        String title = "订阅 ]]> 子栏目" + run;
        long a = desk.publish(title, tree[1], "<p>正文见<a href=\"/inkstone/articles/1\">旧文</a>。</p>",
                "\"summary\":\"摘要" + run + "\",\"coverImage\":{\"hash\":" + Api.str(hash) + ",\"credit\":\"本报\"}");
        Fetched first = fetch(top);
        assertEquals(List.of(articleUrl(a)), first.uris(), "the parent's feed holds its child's article");
        SyndEntry e = first.entry(articleUrl(a));
        assertEquals(title, e.getTitle());
        assertEquals(articleUrl(a), e.getLink());
        assertEquals("摘要" + run, Jsoup.parse(e.getDescription().getValue()).text());
        assertEquals("记者 甲", e.getAuthor());
        assertEquals(kidName, e.getCategories().get(0).getName());
        String content = e.getContents().get(0).getValue();
        assertTrue(content.contains("href=\"" + root + "articles/1\""), content);
        String enclosure = e.getEnclosures().get(0).getUrl();
        assertEquals(root + media.getString("url"), enclosure);
        assertEquals("image/jpeg", e.getEnclosures().get(0).getType());
        HttpResponse<byte[]> image;
        try {
            image = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(java.net.URI.create(enclosure)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception ex) {
            throw new AssertionError(ex);
        }
        assertEquals(200, image.statusCode());
        assertEquals(image.body().length, e.getEnclosures().get(0).getLength());
        assertEquals(articleUrl(a), fetch("feeds/rss.xml").uris().get(0), "the site feed: the newest first");
        assertEquals(List.of(articleUrl(a)), fetch("channels/" + tree[1] + "/atom.xml").uris());

        // a draft of a correction saved, not published: readers see nothing new, nor does the feed
        JsonObject current = desk.get(a);
        String draft = Newsdesk.article("草稿标题" + run, tree[1], "<p>草稿。</p>", null);
        draft = draft.substring(0, draft.length() - 1) + ",\"version\":" + current.getInt("version") + "}";
        HttpResponse<String> saved = send(desk.editor().api(), "PUT", "api/newsroom/articles/" + a, draft);
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals(304, get(top, "If-None-Match", first.etag()).statusCode(), "a draft save changes nothing readers see");

        desk.correct(a, "更正后标题" + run, tree[1], "<p>更正后的正文。</p>", "更正标题");
        Fetched corrected = fetch(top);
        assertNotEquals(first.etag(), corrected.etag());
        assertEquals(200, get(top, "If-None-Match", first.etag()).statusCode());
        assertEquals("更正后标题" + run, corrected.entry(articleUrl(a)).getTitle());

        long b = desk.publish("顶层新稿" + run, tree[0], "<p>新稿。</p>", null);
        Fetched published = fetch(top);
        assertNotEquals(corrected.etag(), published.etag());
        assertEquals(List.of(articleUrl(b), articleUrl(a)), published.uris());
        assertEquals(articleUrl(b), fetch("feeds/atom.xml").uris().get(0));

        desk.withdraw(b, "撤稿测试");
        Fetched withdrawn = fetch(top);
        assertNotEquals(published.etag(), withdrawn.etag());
        assertEquals(List.of(articleUrl(a)), withdrawn.uris());
        assertFalse(fetch("feeds/rss.xml").uris().contains(articleUrl(b)));

        // (the channels are hidden from the start: hidden channels keep their feeds, like their pages)
        assertEquals(List.of(articleUrl(a)), fetch(top).uris());
    }

    /**
     * {@code /channels/{id}} is still the channel page and {@code /channels/{id}/rss.xml} its feed; an unknown
     * channel's feed, or another file name under a channel, is 404.
     */
    public void channelPagesAndChannelFeedsMatchApart() {
        HttpResponse<String> page = get("channels/sports", null, null);
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertEquals("sports", Jsoup.parse(page.body()).selectFirst("section.channel-page").attr("data-channel"));
        fetch("channels/sports/rss.xml");
        fetch("channels/sports/atom.xml");
        assertEquals(404, get("channels/no-such-" + run + "/rss.xml", null, null).statusCode());
        assertEquals(404, get("channels/no-such-" + run + "/atom.xml", null, null).statusCode());
        assertEquals(404, get("channels/sports/feed.xml", null, null).statusCode());
        assertEquals(404, get("feeds/json.xml", null, null).statusCode());
    }

    /**
     * The home page advertises the site's feeds; a channel page and an article page advertise the channel's feeds
     * too; every advertised feed answers 200.
     */
    public void pagesAdvertiseFeedsThatAnswer() {
        long id = new Newsdesk(root).publish("订阅自动发现" + run, "tech", "<p>正文。</p>", null);
        List<String> site = List.of("/inkstone/feeds/rss.xml", "/inkstone/feeds/atom.xml");
        List<String> tech = List.of("/inkstone/channels/tech/rss.xml", "/inkstone/channels/tech/atom.xml",
                site.get(0), site.get(1));
        assertEquals(site, alternates(""));
        assertEquals(tech, alternates("channels/tech"));
        assertEquals(tech, alternates("articles/" + id));
        for (String href : tech) {
            fetch(href.substring("/inkstone/".length()));
        }
    }

    private List<String> alternates(String path) {
        HttpResponse<String> r = get(path, null, null);
        assertEquals(200, r.statusCode(), path);
        List<String> out = new ArrayList<>();
        for (Element l : Jsoup.parse(r.body()).select("head link[rel=alternate]")) {
            assertNotNull(l.attr("title"));
            assertEquals(l.attr("href").endsWith("rss.xml") ? "application/rss+xml" : "application/atom+xml", l.attr("type"));
            out.add(l.attr("href"));
        }
        return out;
    }
}
