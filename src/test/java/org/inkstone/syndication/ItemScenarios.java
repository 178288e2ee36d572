package org.inkstone.syndication;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.inkstone.comment.Api;
import org.inkstone.media.MediaUploads;
import org.inkstone.newsroom.StaffAccounts;
import org.inkstone.newsroom.StaffAccounts.Staff;
import org.jsoup.Jsoup;
import org.w3c.dom.Document;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * System tests (run by {@code SiteIT}) of the documents partners get, through the staff preview
 * {@code GET /api/admin/syndication/items/{id}}: an article published through the newsroom with an uploaded cover,
 * in a child channel made for the scenario (hidden from readers), carries exactly its fields in both formats and
 * validates; a correction is version 2 of the same uri; a withdrawal is a kill notice; readers and anonymous callers
 * are refused. The IT server has no {@code inkstone.site.base-url}, so documents link to
 * {@code http://localhost:8080/} (the documented fallback).
 */
public final class ItemScenarios {

    private static final String TOKEN = "it-admin-token";
    private static final String BASE = "http://localhost:8080/";

    private final String root;

    /** {@code root}: the application root URL, e.g. {@code http://127.0.0.1:8080/inkstone/}. */
    public ItemScenarios(String root) {
        this.root = root;
    }

    private static String unique(String prefix) {
        return prefix + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
    }

    /** The preview with the operators' token. */
    private HttpResponse<String> preview(long id, String format) {
        Api api = new Api(root);
        return api.send(api.request("api/admin/syndication/items/" + id + (format == null ? "" : "?format=" + format))
                .header("Authorization", "Bearer " + TOKEN));
    }

    private JsonObject ninjs(long id) {
        HttpResponse<String> r = preview(id, "ninjs");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(Format.NINJS.mediaType(), r.headers().firstValue("Content-Type").orElse("").replace(";charset", "; charset"));
        SyndicationSchemas.validateNinjs(r.body());
        return NinjsWriterTest.parse(r.body());
    }

    private Document newsmlG2(long id) throws Exception {
        HttpResponse<String> r = preview(id, "newsml-g2");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(Format.NEWSML_G2.mediaType(), r.headers().firstValue("Content-Type").orElse("").replace(";charset", "; charset"));
        SyndicationSchemas.validateNewsmlG2(r.body());
        return NewsmlG2WriterTest.parse(r.body());
    }

    /** A hidden child channel of {@code games} made for one scenario; returns its id. */
    private String childChannel(String name) {
        String id = unique("it-items-").toLowerCase();
        Api api = new Api(root);
        HttpResponse<String> r = api.send(api.request("api/admin/channels").header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"id\":" + Api.str(id) + ",\"name\":" + Api.str(name) + ",\"parent\":\"games\"}")));
        assertEquals(201, r.statusCode(), r.body());
        r = api.send(api.request("api/admin/channels/" + id).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json").method("PATCH", HttpRequest.BodyPublishers.ofString("{\"hidden\":true}")));
        assertEquals(200, r.statusCode(), r.body());
        return id;
    }

    private static String at(Document d, String path) throws Exception {
        return NewsmlG2WriterTest.at(d, path);
    }

    /**
     * Publish (Newsdesk) with a subtitle, summary, 来源, byline, tag, a relative link and an uploaded 1600×900 cover
     * with credit → both documents validate and carry exactly those fields: uri {@code <base>articles/<id>},
     * version 1, usable, times = the publication (whole seconds, +08:00), the channel with its parent, the cover's
     * three renditions (1600×900, 1200×675, 400×225), the configured rights.
     */
    public void aPublishedArticleWithACoverCarriesItsFieldsInBothFormats() throws Exception {
        Newsdesk desk = new Newsdesk(root);
        String channelName = unique("条目栏目");
        String channel = childChannel(channelName);
        String alt = unique("渡口的清晨");
        String hash = MediaUploads.photo(desk.editor().api(), root, 1600, 900, alt).getString("hash");
        String title = unique("条目稿件");
        long id = desk.publish(title, channel, "<p>第一段<a href=\"/articles/1\">前文</a>。</p><p>第二段。</p>",
                "\"subtitle\":\"副题\",\"summary\":\"摘要一句。\",\"coverImage\":{\"hash\":" + Api.str(hash)
                        + ",\"credit\":\"新华社 记者丙\"}");
        OffsetDateTime published = OffsetDateTime.parse(desk.get(id).getString("publishedAt")).truncatedTo(ChronoUnit.SECONDS);
        String uri = BASE + "articles/" + id;
        String media = BASE + "media/" + hash;

        JsonObject n = ninjs(id);
        assertEquals(uri, n.getString("uri"));
        assertEquals("text", n.getString("type"));
        assertEquals("1", n.getString("version"));
        assertEquals("usable", n.getString("pubstatus"));
        assertEquals("zh-CN", n.getString("language"));
        assertEquals(published, OffsetDateTime.parse(n.getString("firstcreated")));
        assertEquals(published, OffsetDateTime.parse(n.getString("versioncreated")));
        assertTrue(n.getString("versioncreated").endsWith("+08:00"), n.getString("versioncreated"));
        assertEquals(Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("role", "main").add("contenttype", "text/plain").add("value", title))
                .add(Json.createObjectBuilder().add("role", "subheadline").add("contenttype", "text/plain").add("value", "副题"))
                .build(), n.getJsonArray("headlines"));
        assertEquals(Json.createArrayBuilder().add(Json.createObjectBuilder().add("role", "summary")
                .add("contenttype", "text/plain").add("value", "摘要一句。")).build(), n.getJsonArray("descriptions"));
        JsonObject body = n.getJsonArray("bodies").getJsonObject(0);
        assertEquals("main", body.getString("role"));
        assertEquals("text/html", body.getString("contenttype"));
        assertEquals(11, body.getInt("charcount"));
        org.jsoup.nodes.Document html = Jsoup.parseBodyFragment(body.getString("value"));
        assertEquals(List.of("第一段前文。", "第二段。"), html.select("p").eachText());
        assertEquals(BASE + "articles/1", html.selectFirst("a").attr("href"));
        assertEquals("记者 甲", n.getString("by"));
        assertEquals(Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "本报")
                .add("role", "http://cv.iptc.org/newscodes/infosourcerole/originfo")).build(), n.getJsonArray("infosources"));
        assertEquals(Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("name", channelName).add("rel", "channel").add("uri", BASE + "channels/" + channel))
                .add(Json.createObjectBuilder().add("name", "游戏").add("rel", "broader").add("uri", BASE + "channels/games"))
                .add(Json.createObjectBuilder().add("name", "测试").add("rel", "keyword"))
                .build(), n.getJsonArray("subjects"));
        JsonArray associations = n.getJsonArray("associations");
        assertEquals(1, associations.size());
        assertEquals(Json.createObjectBuilder()
                .add("name", "cover").add("uri", media + ".jpg").add("type", "picture")
                .add("descriptions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("role", "alt")
                        .add("contenttype", "text/plain").add("value", alt)))
                .add("infosources", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "新华社 记者丙")))
                .add("renditions", Json.createArrayBuilder()
                        .add(rendition("original", media + ".jpg", 1600, 900))
                        .add(rendition("large", media + "-1200.jpg", 1200, 675))
                        .add(rendition("small", media + "-400.jpg", 400, 225)))
                .build(), associations.getJsonObject(0));
        assertEquals("本站稿件版权归墨砚新闻所有", n.getString("copyrightnotice"));
        assertEquals("转载须注明来源", n.getString("usageterms"));
        assertFalse(n.containsKey("ednote"));

        Document g = newsmlG2(id);
        String[][] expected = {
                {"/g:newsItem/@guid", uri},
                {"/g:newsItem/@version", "1"},
                {"/g:newsItem/@standardversion", "2.35"},
                {"/g:newsItem/@conformance", "power"},
                {"//g:rightsInfo/g:copyrightNotice", "本站稿件版权归墨砚新闻所有"},
                {"//g:rightsInfo/g:usageTerms", "转载须注明来源"},
                {"//g:itemMeta/g:itemClass/@qcode", "ninat:text"},
                {"//g:itemMeta/g:provider/@uri", BASE},
                {"//g:itemMeta/g:provider/g:name", "墨砚新闻"},
                {"//g:itemMeta/g:pubStatus/@qcode", "stat:usable"},
                {"//g:itemMeta/g:versionCreated", n.getString("versioncreated")},
                {"//g:itemMeta/g:firstCreated", n.getString("firstcreated")},
                {"//g:contentMeta/g:headline[not(@role)]", title},
                {"//g:contentMeta/g:headline[@role='hld:subHeadline']", "副题"},
                {"//g:contentMeta/g:description[@role='drol:summary']", "摘要一句。"},
                {"//g:contentMeta/g:by", "记者 甲"},
                {"//g:contentMeta/g:infoSource/g:name", "本报"},
                {"//g:contentMeta/g:creditline", "本报"},
                {"//g:contentMeta/g:keyword", "测试"},
                {"//g:contentMeta/g:language/@tag", "zh-CN"},
                {"//g:contentMeta/g:subject/@uri", BASE + "channels/" + channel},
                {"//g:contentMeta/g:subject/g:name", channelName},
                {"//g:contentMeta/g:subject/g:broader/@uri", BASE + "channels/games"},
                {"//g:contentMeta/g:icon[1]/@href", media + ".jpg"},
                {"//g:contentMeta/g:icon[2]/@href", media + "-1200.jpg"},
                {"//g:contentMeta/g:icon[3]/@height", "225"},
                {"//g:inlineXML/@charcount", "11"},
                {"//g:inlineXML/h:html/h:body/h:p[1]/h:a/@href", BASE + "articles/1"},
                {"//g:inlineXML/h:html/h:body/h:p[2]", "第二段。"},
        };
        for (String[] e : expected) {
            assertEquals(e[1], at(g, e[0]), e[0]);
        }

        HttpResponse<String> byDefault = preview(id, null);
        assertEquals(200, byDefault.statusCode());
        assertEquals(n, NinjsWriterTest.parse(byDefault.body()), "ninjs is the default format");
    }

    private static jakarta.json.JsonObjectBuilder rendition(String name, String href, int width, int height) {
        return Json.createObjectBuilder().add("name", name).add("href", href).add("width", width).add("height", height)
                .add("contenttype", "image/jpeg");
    }

    /** A correction is version 2 of the same uri, first created at the first publication, with its note. */
    public void aCorrectionIsVersionTwoOfTheSameUri() throws Exception {
        Newsdesk desk = new Newsdesk(root);
        long id = desk.publish(unique("更正前"), "games", "<p>原文。</p>", null);
        JsonObject first = ninjs(id);
        String title = unique("更正后");
        desk.correct(id, title, "games", "<p>改正后的正文。</p>", "数字有误，已更正");
        JsonObject second = ninjs(id);
        assertEquals(first.getString("uri"), second.getString("uri"));
        assertEquals("2", second.getString("version"));
        assertEquals("usable", second.getString("pubstatus"));
        assertEquals(first.getString("firstcreated"), second.getString("firstcreated"));
        assertFalse(OffsetDateTime.parse(second.getString("versioncreated"))
                .isBefore(OffsetDateTime.parse(first.getString("versioncreated"))));
        assertEquals(title, second.getJsonArray("headlines").getJsonObject(0).getString("value"));
        assertEquals("<p>改正后的正文。</p>", second.getJsonArray("bodies").getJsonObject(0).getString("value"));
        assertEquals("更正：数字有误，已更正", second.getString("ednote"));

        Document g = newsmlG2(id);
        assertEquals(first.getString("uri"), at(g, "/g:newsItem/@guid"));
        assertEquals("2", at(g, "/g:newsItem/@version"));
        assertEquals("sig:correction", at(g, "//g:itemMeta/g:signal/@qcode"));
        assertEquals("更正：数字有误，已更正", at(g, "//g:itemMeta/g:edNote"));
        assertEquals(title, at(g, "//g:contentMeta/g:headline"));
    }

    /** A withdrawal turns both documents into a kill notice: canceled, the next version, no body. */
    public void aWithdrawalIsAKillNoticeInBothFormats() throws Exception {
        Newsdesk desk = new Newsdesk(root);
        String title = unique("将撤稿");
        long id = desk.publish(title, "games", "<p>将被撤下的正文。</p>", "\"summary\":\"摘要\"");
        String uri = ninjs(id).getString("uri");
        desk.withdraw(id, "来源有误");

        JsonObject n = ninjs(id);
        assertEquals(uri, n.getString("uri"));
        assertEquals("2", n.getString("version"));
        assertEquals("canceled", n.getString("pubstatus"));
        assertEquals(title, n.getJsonArray("headlines").getJsonObject(0).getString("value"));
        assertEquals("本稿已撤回，请立即撤下，不得再使用。", n.getString("ednote"));
        for (String absent : List.of("bodies", "descriptions", "associations", "subjects", "by")) {
            assertFalse(n.containsKey(absent), absent);
        }
        assertFalse(n.toString().contains("将被撤下的正文"), "the withdrawn text is not repeated");

        Document g = newsmlG2(id);
        assertEquals(uri, at(g, "/g:newsItem/@guid"));
        assertEquals("2", at(g, "/g:newsItem/@version"));
        assertEquals("stat:canceled", at(g, "//g:itemMeta/g:pubStatus/@qcode"));
        assertEquals(0, NewsmlG2WriterTest.count(g, "//g:contentSet"));
        assertEquals(0, NewsmlG2WriterTest.count(g, "//g:description"));
        assertEquals(title, at(g, "//g:contentMeta/g:headline"));
    }

    /**
     * Staff only: anonymous 401, a reader 403, an editor 200; unknown and never-published articles 404
     * {@code article_not_found}; a bad format or id 400 {@code invalid_parameter}.
     */
    public void previewsAreForStaffOnly() {
        Newsdesk desk = new Newsdesk(root);
        long id = desk.publish(unique("预览权限"), "games", "<p>正文。</p>", null);
        String path = "api/admin/syndication/items/" + id + "?format=ninjs";
        assertError(new Api(root).get(path), 401, "login_required");
        Staff reader = StaffAccounts.create(root, "reader");
        assertError(reader.api().get(path), 403, "forbidden");
        Staff reporter = StaffAccounts.create(root, "reporter");
        assertError(reporter.api().get(path), 403, "forbidden");
        HttpResponse<String> ok = desk.editor().api().get(path);
        assertEquals(200, ok.statusCode(), ok.body());
        SyndicationSchemas.validateNinjs(ok.body());

        HttpResponse<String> draft = desk.editor().api().post("api/newsroom/articles",
                Newsdesk.article(unique("草稿"), "games", "<p>草稿。</p>", null));
        assertEquals(201, draft.statusCode(), draft.body());
        long draftId = Api.json(draft).getJsonNumber("id").longValue();
        assertError(preview(draftId, "ninjs"), 404, "article_not_found");
        assertError(preview(999_999_999_999L, "newsml-g2"), 404, "article_not_found");
        assertError(preview(id, "rss"), 400, "invalid_parameter");
        Api api = new Api(root);
        assertError(api.send(api.request("api/admin/syndication/items/0x1").header("Authorization", "Bearer " + TOKEN)),
                400, "invalid_parameter");
    }

    private static void assertError(HttpResponse<String> r, int status, String code) {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals(code, Api.json(r).getString("code"), r.body());
    }
}
