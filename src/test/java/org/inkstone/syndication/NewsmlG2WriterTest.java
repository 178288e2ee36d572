package org.inkstone.syndication;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.StringReader;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NewsmlG2WriterTest {

    private static final String MEDIA = ItemSamples.BASE + "media/" + "ab".repeat(32);

    /** A namespace-aware DOM of {@code xml} (external entities off). */
    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    /** XPath with {@code g} = NAR and {@code h} = XHTML. */
    static XPath xpath() {
        XPath x = XPathFactory.newInstance().newXPath();
        x.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return switch (prefix) {
                    case "g" -> NewsmlG2Writer.NAR;
                    case "h" -> NewsmlG2Writer.XHTML;
                    case "xml" -> XMLConstants.XML_NS_URI;
                    default -> XMLConstants.NULL_NS_URI;
                };
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
        return x;
    }

    static String at(Document d, String path) throws Exception {
        return xpath().evaluate(path, d);
    }

    static int count(Document d, String path) throws Exception {
        return ((Number) xpath().evaluate("count(" + path + ")", d, XPathConstants.NUMBER)).intValue();
    }

    @Test
    void writesEveryFieldOfAFullItemWithExactValues() throws Exception {
        String xml = NewsmlG2Writer.write(ItemSamples.full());
        SyndicationSchemas.validateNewsmlG2(xml);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"), xml);
        Document d = parse(xml);
        String[][] expected = {
                {"/g:newsItem/@guid", "https://news.example/articles/42"},
                {"/g:newsItem/@version", "1"},
                {"/g:newsItem/@standard", "NewsML-G2"},
                {"/g:newsItem/@standardversion", "2.35"},
                {"/g:newsItem/@conformance", "power"},
                {"/g:newsItem/@xml:lang", "zh-CN"},
                {"/g:newsItem/g:catalogRef/@href", "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml"},
                {"/g:newsItem/g:rightsInfo/g:copyrightNotice", "本站稿件版权归墨砚新闻所有"},
                {"/g:newsItem/g:rightsInfo/g:usageTerms", "转载须注明来源"},
                {"//g:itemMeta/g:itemClass/@qcode", "ninat:text"},
                {"//g:itemMeta/g:provider/@uri", "https://news.example/"},
                {"//g:itemMeta/g:provider/g:name", "墨砚新闻"},
                {"//g:itemMeta/g:versionCreated", "2026-03-01T08:30:00+08:00"},
                {"//g:itemMeta/g:firstCreated", "2026-03-01T08:30:00+08:00"},
                {"//g:itemMeta/g:pubStatus/@qcode", "stat:usable"},
                {"//g:contentMeta/g:contentCreated", "2026-03-01T08:30:00+08:00"},
                {"//g:contentMeta/g:contentModified", "2026-03-01T08:30:00+08:00"},
                {"//g:contentMeta/g:infoSource/@role", "isrol:originfo"},
                {"//g:contentMeta/g:infoSource/g:name", "连云港日报"},
                {"//g:contentMeta/g:language/@tag", "zh-CN"},
                {"//g:contentMeta/g:keyword[1]", "乡村振兴"},
                {"//g:contentMeta/g:keyword[2]", "妇联"},
                {"//g:contentMeta/g:subject/@uri", "https://news.example/channels/local"},
                {"//g:contentMeta/g:subject/g:name", "本地"},
                {"//g:contentMeta/g:subject/g:broader/@uri", "https://news.example/channels/news"},
                {"//g:contentMeta/g:subject/g:broader/g:name", "新闻"},
                {"//g:contentMeta/g:headline[not(@role)]", "连云港市妇联助力乡村振兴"},
                {"//g:contentMeta/g:headline[@role='hld:subHeadline']", "巾帼聚心，成风化人"},
                {"//g:contentMeta/g:by", "记者 王芳"},
                {"//g:contentMeta/g:creditline", "连云港日报"},
                {"//g:contentMeta/g:description[@role='drol:summary']", "全市各级妇联组织动员广大妇女积极参与。"},
                {"//g:contentMeta/g:icon[1]/@href", MEDIA + ".jpg"},
                {"//g:contentMeta/g:icon[1]/@width", "2400"},
                {"//g:contentMeta/g:icon[1]/@height", "1600"},
                {"//g:contentMeta/g:icon[1]/@contenttype", "image/jpeg"},
                {"//g:contentMeta/g:icon[1]/@title", "江边晨景"},
                {"//g:contentMeta/g:icon[2]/@href", MEDIA + "-1200.jpg"},
                {"//g:contentMeta/g:icon[2]/@height", "800"},
                {"//g:contentMeta/g:icon[3]/@href", MEDIA + "-600.jpg"},
                {"//g:contentMeta/g:icon[3]/@width", "600"},
                {"//g:contentSet/g:inlineXML/@contenttype", "application/xhtml+xml"},
                {"//g:contentSet/g:inlineXML/@charcount", "13"},
                {"//g:inlineXML/h:html/h:head/h:title", "连云港市妇联助力乡村振兴"},
                {"//g:inlineXML/h:html/h:body/h:p[1]/h:a/@href", "https://news.example/articles/7"},
                {"//g:inlineXML/h:html/h:body/h:h2", "小标题"},
                {"//g:inlineXML/h:html/h:body/h:p[2]/h:img/@src", "https://news.example/media/x.jpg"},
                {"//g:inlineXML/h:html/h:body", "第一段链接小标题第二段"},
        };
        for (String[] e : expected) {
            assertEquals(e[1], at(d, e[0]), e[0]);
        }
        assertEquals(3, count(d, "//g:contentMeta/g:icon"));
        assertEquals(0, count(d, "//g:itemMeta/g:signal"));
        assertEquals(0, count(d, "//g:itemMeta/g:edNote"));
        assertTrue(xml.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\">"), xml);
    }

    @Test
    void aKillNoticeIsCanceledWithItsHeadlineAndNoContent() throws Exception {
        String xml = NewsmlG2Writer.write(ItemSamples.killed());
        SyndicationSchemas.validateNewsmlG2(xml);
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"https://news.example/articles/42\""
                + " version=\"3\" standard=\"NewsML-G2\" standardversion=\"2.35\" conformance=\"power\" xml:lang=\"zh-CN\">"
                + "<catalogRef href=\"http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml\"/>"
                + "<itemMeta><itemClass qcode=\"ninat:text\"/>"
                + "<provider uri=\"https://news.example/\"><name>墨砚新闻</name></provider>"
                + "<versionCreated>2026-03-02T09:00:00+08:00</versionCreated>"
                + "<firstCreated>2026-03-01T08:30:00+08:00</firstCreated><pubStatus qcode=\"stat:canceled\"/>"
                + "<edNote>本稿已撤回，请立即撤下，不得再使用。</edNote></itemMeta>"
                + "<contentMeta><language tag=\"zh-CN\"/><headline>连云港市妇联助力乡村振兴</headline></contentMeta>"
                + "</newsItem>", xml);
    }

    @Test
    void aCorrectionKeepsTheGuidWithTheNextVersionSignalAndNote() throws Exception {
        Document first = parse(NewsmlG2Writer.write(ItemSamples.full()));
        String xml = NewsmlG2Writer.write(ItemSamples.corrected());
        SyndicationSchemas.validateNewsmlG2(xml);
        Document d = parse(xml);
        assertEquals(at(first, "/g:newsItem/@guid"), at(d, "/g:newsItem/@guid"));
        assertEquals("2", at(d, "/g:newsItem/@version"));
        assertEquals("sig:correction", at(d, "//g:itemMeta/g:signal/@qcode"));
        assertEquals("更正：第二段的数字有误，已更正。", at(d, "//g:itemMeta/g:edNote"));
        assertEquals("2026-03-01T10:05:09+08:00", at(d, "//g:itemMeta/g:versionCreated"));
        assertEquals("2026-03-01T08:30:00+08:00", at(d, "//g:itemMeta/g:firstCreated"));
        assertEquals("stat:usable", at(d, "//g:itemMeta/g:pubStatus/@qcode"));
    }

    @Test
    void leavesOutWhatTheArticleDoesNotHave() throws Exception {
        ItemContent f = ItemSamples.full();
        ItemContent bare = new ItemContent(f.articleId(), f.uri(), 1, PubStatus.USABLE, f.firstCreated(),
                f.versionCreated(), "标题", null, null, "", null, null, f.channel(), null, List.of(), null,
                null, f.copyrightNotice(), f.usageTerms(), f.provider());
        String xml = NewsmlG2Writer.write(bare);
        SyndicationSchemas.validateNewsmlG2(xml);
        Document d = parse(xml);
        for (String absent : List.of("//g:icon", "//g:infoSource", "//g:keyword", "//g:broader", "//g:by",
                "//g:creditline", "//g:description", "//g:headline[@role]")) {
            assertEquals(0, count(d, absent), absent);
        }
        assertEquals("0", at(d, "//g:inlineXML/@charcount"));
        assertEquals(1, count(d, "//g:inlineXML/h:html/h:body"));
    }

    @Test
    void htmlBecomesNamespacedWellFormedXhtml() throws Exception {
        ItemContent f = ItemSamples.full();
        String html = "<p>一<br>二&nbsp;三 &amp; &lt;四&gt;<img src=\"https://news.example/a.png\" alt=\"a\"></p>"
                + "<ul><li>甲<li>乙</ul><table><tr><td>格</td></tr></table><p></p>";
        ItemContent item = new ItemContent(f.articleId(), f.uri(), 1, PubStatus.USABLE, f.firstCreated(),
                f.versionCreated(), "标题", null, null, html, null, null, f.channel(), null, List.of(), null, null,
                f.copyrightNotice(), f.usageTerms(), f.provider());
        String xml = NewsmlG2Writer.write(item);
        SyndicationSchemas.validateNewsmlG2(xml);
        Document d = parse(xml);
        assertEquals(1, count(d, "//h:body/h:p[1]/h:br"));
        assertEquals("一二\u00a0三 & <四>", at(d, "//h:body/h:p[1]"));
        assertEquals(2, count(d, "//h:body/h:ul/h:li"));
        assertEquals("格", at(d, "//h:body/h:table/h:tbody/h:tr/h:td"));
        assertEquals(0, count(d, "//g:inlineXML//*[namespace-uri() != 'http://www.w3.org/1999/xhtml']"));
    }

    @Test
    void theSchemaHelperRejectsWhatTheXsdDoesNotAllow() {
        String xml = NewsmlG2Writer.write(ItemSamples.full());
        // itemMeta out of order; a pubStatus element where the schema has none; not well-formed
        assertThrows(AssertionError.class, () -> SyndicationSchemas.validateNewsmlG2(
                xml.replace("<itemClass qcode=\"ninat:text\"/>", "")));
        assertThrows(AssertionError.class, () -> SyndicationSchemas.validateNewsmlG2(
                xml.replace("standardversion=\"2.35\"", "standardversion=\"latest\"")));
        assertThrows(AssertionError.class, () -> SyndicationSchemas.validateNewsmlG2(xml.replace("</newsItem>", "")));
    }
}
