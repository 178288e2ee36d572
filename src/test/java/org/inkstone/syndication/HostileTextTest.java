package org.inkstone.syndication;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text that breaks naive writers: characters XML 1.0 forbids (removed), {@code ]]>} (kept, escaped), emoji outside
 * the BMP (kept as one character, not two character references) and markup-looking text (kept as text).
 */
class HostileTextTest {

    private static final String RAW = "甲\u0000乙\u0008丙\u000B]]>丁😀<script>alert(1)</script>\uFFFE\uD800戊\uDC00 &amp;";
    private static final String CLEAN = "甲乙丙]]>丁😀<script>alert(1)</script>戊 &amp;";

    private static ItemContent hostile() {
        ItemContent f = ItemSamples.full();
        String body = "<p>" + "正文]]>😀&lt;script&gt;alert(2)&lt;/script&gt;\u0000\uDFFF" + "</p>";
        return new ItemContent(f.articleId(), f.uri(), 1, PubStatus.USABLE, f.firstCreated(), f.versionCreated(), RAW,
                RAW, RAW, body, RAW, RAW, new ItemContent.Subject(RAW, f.channel().uri()), null, List.of(RAW),
                new ItemContent.Picture(f.cover().uri(), RAW, RAW, f.cover().renditions()), null, RAW, RAW,
                new ItemContent.Subject(RAW, f.provider().uri()));
    }

    @Test
    void everyTextIsCleanedOnceWhenTheItemIsBuilt() {
        ItemContent i = hostile();
        for (String s : List.of(i.headline(), i.subheadline(), i.summary(), i.byline(), i.source(), i.channel().name(),
                i.keywords().get(0), i.cover().alt(), i.cover().credit(), i.copyrightNotice(), i.usageTerms(),
                i.provider().name())) {
            assertEquals(CLEAN, s);
        }
        assertEquals("<p>正文]]>😀&lt;script&gt;alert(2)&lt;/script&gt;</p>", i.bodyHtml());
    }

    @Test
    void ninjsCarriesTheCleanTextExactly() {
        String json = NinjsWriter.write(hostile());
        SyndicationSchemas.validateNinjs(json);
        JsonObject o = NinjsWriterTest.parse(json);
        assertEquals(CLEAN, o.getJsonArray("headlines").getJsonObject(0).getString("value"));
        assertEquals(CLEAN, o.getJsonArray("descriptions").getJsonObject(0).getString("value"));
        assertEquals(CLEAN, o.getString("by"));
        assertEquals(CLEAN, o.getJsonArray("subjects").getJsonObject(0).getString("name"));
        assertEquals("<p>正文]]>😀&lt;script&gt;alert(2)&lt;/script&gt;</p>",
                o.getJsonArray("bodies").getJsonObject(0).getString("value"));
        assertTrue(json.contains("😀"), "emoji written as itself");
    }

    @Test
    void newsmlG2IsWellFormedAndParsesBackToTheCleanText() throws Exception {
        String xml = NewsmlG2Writer.write(hostile());
        SyndicationSchemas.validateNewsmlG2(xml);
        Document d = NewsmlG2WriterTest.parse(xml);
        for (String path : List.of("//g:contentMeta/g:headline[not(@role)]", "//g:contentMeta/g:headline[@role]",
                "//g:description", "//g:by", "//g:creditline", "//g:infoSource/g:name", "//g:keyword",
                "//g:subject/g:name", "//g:copyrightNotice", "//g:usageTerms", "//g:provider/g:name",
                "//g:icon[1]/@title", "//h:title")) {
            assertEquals(CLEAN, NewsmlG2WriterTest.at(d, path), path);
        }
        assertEquals("正文]]>😀<script>alert(2)</script>", NewsmlG2WriterTest.at(d, "//h:body/h:p"));
        assertEquals(0, NewsmlG2WriterTest.count(d, "//h:script"), "markup-looking text stays text");
        assertFalse(xml.contains("]]>丁"), "]]> is escaped in character data");
        assertTrue(xml.contains("😀") && !xml.contains("&#55357;"), "emoji written as itself, not as surrogate references");
    }
}
