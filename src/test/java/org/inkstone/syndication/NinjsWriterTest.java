package org.inkstone.syndication;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NinjsWriterTest {

    private static final String MEDIA = ItemSamples.BASE + "media/" + "ab".repeat(32);

    static JsonObject parse(String json) {
        try (var r = Json.createReader(new StringReader(json))) {
            return r.readObject();
        }
    }

    @Test
    void writesEveryMemberOfAFullItemWithExactValues() {
        String json = NinjsWriter.write(ItemSamples.full());
        SyndicationSchemas.validateNinjs(json);
        JsonObject expected = parse("""
                {"uri":"https://news.example/articles/42","type":"text","version":"1",
                 "firstcreated":"2026-03-01T08:30:00+08:00","versioncreated":"2026-03-01T08:30:00+08:00",
                 "pubstatus":"usable","language":"zh-CN",
                 "headlines":[{"role":"main","contenttype":"text/plain","value":"连云港市妇联助力乡村振兴"},
                              {"role":"subheadline","contenttype":"text/plain","value":"巾帼聚心，成风化人"}],
                 "descriptions":[{"role":"summary","contenttype":"text/plain","value":"全市各级妇联组织动员广大妇女积极参与。"}],
                 "bodies":[{"role":"main","contenttype":"text/html","charcount":13,
                   "value":"<p>第一段<a href=\\"https://news.example/articles/7\\">链接</a></p><h2>小标题</h2><p>第二段<img src=\\"https://news.example/media/x.jpg\\" alt=\\"图\\"></p>"}],
                 "by":"记者 王芳",
                 "infosources":[{"name":"连云港日报","role":"http://cv.iptc.org/newscodes/infosourcerole/originfo"}],
                 "subjects":[{"name":"本地","rel":"channel","uri":"https://news.example/channels/local"},
                             {"name":"新闻","rel":"broader","uri":"https://news.example/channels/news"},
                             {"name":"乡村振兴","rel":"keyword"},{"name":"妇联","rel":"keyword"}],
                 "associations":[{"name":"cover","uri":"MEDIA.jpg","type":"picture",
                   "descriptions":[{"role":"alt","contenttype":"text/plain","value":"江边晨景"}],
                   "infosources":[{"name":"新华社"}],
                   "renditions":[
                     {"name":"original","href":"MEDIA.jpg","width":2400,"height":1600,"contenttype":"image/jpeg"},
                     {"name":"large","href":"MEDIA-1200.jpg","width":1200,"height":800,"contenttype":"image/jpeg"},
                     {"name":"small","href":"MEDIA-600.jpg","width":600,"height":400,"contenttype":"image/jpeg"}]}],
                 "copyrightnotice":"本站稿件版权归墨砚新闻所有","usageterms":"转载须注明来源"}
                """.replace("MEDIA", MEDIA));
        assertEquals(expected, parse(json));
    }

    @Test
    void aKillNoticeCarriesIdentityStatusAndHeadlineButNoBodyDescriptionOrPicture() {
        String json = NinjsWriter.write(ItemSamples.killed());
        SyndicationSchemas.validateNinjs(json);
        assertEquals(parse("""
                {"uri":"https://news.example/articles/42","type":"text","version":"3",
                 "firstcreated":"2026-03-01T08:30:00+08:00","versioncreated":"2026-03-02T09:00:00+08:00",
                 "pubstatus":"canceled","language":"zh-CN",
                 "headlines":[{"role":"main","contenttype":"text/plain","value":"连云港市妇联助力乡村振兴"}],
                 "ednote":"本稿已撤回，请立即撤下，不得再使用。"}
                """), parse(json));
    }

    @Test
    void aCorrectionKeepsTheUriWithTheNextVersionAndItsNote() {
        JsonObject first = parse(NinjsWriter.write(ItemSamples.full()));
        String json = NinjsWriter.write(ItemSamples.corrected());
        SyndicationSchemas.validateNinjs(json);
        JsonObject second = parse(json);
        assertEquals(first.getString("uri"), second.getString("uri"));
        assertEquals("2", second.getString("version"));
        assertEquals(first.getString("firstcreated"), second.getString("firstcreated"));
        assertEquals("2026-03-01T10:05:09+08:00", second.getString("versioncreated"));
        assertEquals("更正：第二段的数字有误，已更正。", second.getString("ednote"));
        assertEquals("usable", second.getString("pubstatus"));
    }

    @Test
    void leavesOutWhatTheArticleDoesNotHave() {
        ItemContent f = ItemSamples.full();
        ItemContent bare = new ItemContent(f.articleId(), f.uri(), 1, PubStatus.USABLE, f.firstCreated(),
                f.versionCreated(), "标题", null, null, "<p>正文</p>", null, null, f.channel(), null, List.of(), null,
                null, f.copyrightNotice(), f.usageTerms(), f.provider());
        String json = NinjsWriter.write(bare);
        SyndicationSchemas.validateNinjs(json);
        JsonObject o = parse(json);
        assertEquals(1, o.getJsonArray("headlines").size());
        assertEquals(1, o.getJsonArray("subjects").size());
        for (String absent : List.of("descriptions", "by", "infosources", "associations", "ednote")) {
            assertFalse(o.containsKey(absent), absent);
        }
        assertEquals(2, o.getJsonArray("bodies").getJsonObject(0).getInt("charcount"));
    }

    @Test
    void timesAreRfc3339WithTheSitesOffsetAndWholeSeconds() {
        assertEquals("2026-03-01T08:30:00+08:00", NinjsWriter.time(OffsetDateTime.parse("2026-03-01T08:30+08:00")));
        assertEquals("2026-03-01T00:30:00Z", NinjsWriter.time(OffsetDateTime.parse("2026-03-01T00:30:00Z")));
        assertEquals("2026-03-01T08:30:05-05:00", NinjsWriter.time(OffsetDateTime.parse("2026-03-01T08:30:05-05:00")));
    }

    @Test
    void theCharacterCountCountsCodePointsOfTheTextWithoutMarkup() {
        assertEquals(5, NinjsWriter.charCount("<p>中文<b>😀</b>ab</p>"));
    }

    @Test
    void theSchemaHelperRejectsWhatNinjs21DoesNotAllow() {
        // ninjs 2.1 has no keywords member, and its root forbids unknown members
        AssertionError e = assertThrows(AssertionError.class,
                () -> SyndicationSchemas.validateNinjs("{\"uri\":\"https://news.example/articles/1\",\"keywords\":[\"a\"]}"));
        assertFalse(e.getMessage().isEmpty());
        assertThrows(AssertionError.class,
                () -> SyndicationSchemas.validateNinjs("{\"uri\":\"https://news.example/articles/1\",\"pubstatus\":\"killed\"}"));
        assertThrows(AssertionError.class,
                () -> SyndicationSchemas.validateNinjs("{\"uri\":\"https://news.example/articles/1\",\"versioncreated\":\"yesterday\"}"));
        assertThrows(AssertionError.class, () -> SyndicationSchemas.validateNinjs("{\"type\":\"text\"}"));
    }

    @Test
    void theSchemaHelperResolvesTheGeoJsonReferenceLocally() {
        SyndicationSchemas.validateNinjs("""
                {"uri":"https://news.example/articles/1","places":[{"name":"连云港","geojson":{"type":"Point","coordinates":[119.2,34.6]}}]}
                """);
        assertThrows(AssertionError.class, () -> SyndicationSchemas.validateNinjs("""
                {"uri":"https://news.example/articles/1","places":[{"name":"连云港","geojson":"not an object"}]}
                """));
    }
}
