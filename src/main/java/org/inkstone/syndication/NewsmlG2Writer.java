package org.inkstone.syndication;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;

/**
 * Writes an {@link ItemContent} as an IPTC NewsML-G2 2.35 {@code newsItem} (power conformance; it validates against
 * {@code ../shared/data/iptc/newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd}), with the JDK's StAX writer: UTF-8,
 * standalone, elements in the NAR namespace {@code http://iptc.org/std/nar/2006-10-01/}.
 * <ul>
 * <li>{@code newsItem}: {@code guid} = the item's uri, {@code version}, {@code standard} NewsML-G2,
 * {@code standardversion} 2.35, {@code conformance} power, {@code xml:lang} zh-CN; a {@code catalogRef} to the IPTC
 * G2 standards catalog (a reference: nothing is fetched) that defines the QCode schemes used
 * ({@code ninat}, {@code stat}, {@code sig}, {@code isrol}, {@code hld}, {@code drol}, {@code cpnat});</li>
 * <li>{@code rightsInfo}: {@code copyrightNotice}, {@code usageTerms};</li>
 * <li>{@code itemMeta}: {@code itemClass} ninat:text, {@code provider} (the site: uri and name),
 * {@code versionCreated}, {@code firstCreated}, {@code pubStatus} stat:usable or stat:canceled, {@code edNote} and
 * {@code signal} sig:correction for a correction, {@code edNote} for a kill notice;</li>
 * <li>{@code contentMeta}: {@code icon} per rendition of the cover (href, contenttype, width, height, title = alt
 * text), {@code contentCreated} (first publication), {@code contentModified} (this version), {@code infoSource}
 * (来源, role isrol:originfo), {@code language} zh-CN, {@code keyword} per tag, {@code subject} for the channel
 * (uri, name, {@code broader} parent), {@code headline}, {@code headline role="hld:subHeadline"}, {@code by},
 * {@code creditline} (来源), {@code description role="drol:summary"};</li>
 * <li>{@code contentSet/inlineXML} (application/xhtml+xml, with {@code charcount}): an XHTML document
 * ({@code <html xmlns="http://www.w3.org/1999/xhtml">}, the headline as its title) whose body is the sanitized body
 * HTML parsed by jsoup and written element by element (attribute names XML does not allow are dropped).</li>
 * </ul>
 * A kill notice has {@code itemMeta} and a {@code contentMeta} with the language and headline only, and no
 * {@code contentSet} (the schema makes it optional). Stateless.
 */
public final class NewsmlG2Writer {

    /** The NAR (News Architecture) namespace of NewsML-G2. */
    public static final String NAR = "http://iptc.org/std/nar/2006-10-01/";

    /** The XHTML namespace of the inline body. */
    public static final String XHTML = "http://www.w3.org/1999/xhtml";

    /** The IPTC G2 standards catalog that defines the QCode schemes used (version 41, current with 2.35). */
    static final String IPTC_CATALOG = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml";

    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private NewsmlG2Writer() {
    }

    /** The NewsML-G2 document of {@code item}, with its XML declaration. */
    public static String write(ItemContent item) {
        StringWriter out = new StringWriter(4096);
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        try {
            XMLStreamWriter w = OUTPUT.createXMLStreamWriter(out);
            w.setDefaultNamespace(NAR);
            w.writeStartElement(NAR, "newsItem");
            w.writeDefaultNamespace(NAR);
            w.writeAttribute("guid", item.uri());
            w.writeAttribute("version", String.valueOf(item.version()));
            w.writeAttribute("standard", "NewsML-G2");
            w.writeAttribute("standardversion", "2.35");
            w.writeAttribute("conformance", "power");
            w.writeAttribute("xml", XML_NS, "lang", ItemContent.LANGUAGE);
            empty(w, "catalogRef", "href", IPTC_CATALOG);
            if (!item.killNotice()) {
                w.writeStartElement(NAR, "rightsInfo");
                text(w, "copyrightNotice", item.copyrightNotice());
                text(w, "usageTerms", item.usageTerms());
                w.writeEndElement();
            }
            itemMeta(w, item);
            contentMeta(w, item);
            if (!item.killNotice()) {
                w.writeStartElement(NAR, "contentSet");
                w.writeStartElement(NAR, "inlineXML");
                w.writeAttribute("contenttype", "application/xhtml+xml");
                w.writeAttribute("charcount", String.valueOf(NinjsWriter.charCount(item.bodyHtml())));
                xhtml(w, item.headline(), item.bodyHtml());
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing NewsML-G2 of article " + item.articleId(), e);
        }
        return out.toString();
    }

    private static void itemMeta(XMLStreamWriter w, ItemContent item) throws XMLStreamException {
        w.writeStartElement(NAR, "itemMeta");
        empty(w, "itemClass", "qcode", "ninat:text");
        w.writeStartElement(NAR, "provider");
        w.writeAttribute("uri", item.provider().uri());
        text(w, "name", item.provider().name());
        w.writeEndElement();
        text(w, "versionCreated", NinjsWriter.time(item.versionCreated()));
        text(w, "firstCreated", NinjsWriter.time(item.firstCreated()));
        empty(w, "pubStatus", "qcode", item.killNotice() ? "stat:canceled" : "stat:usable");
        if (item.killNotice()) {
            text(w, "edNote", NinjsWriter.KILL_NOTE);
        } else if (item.correction()) {
            text(w, "edNote", NinjsWriter.CORRECTION_PREFIX + item.correctionNote());
            empty(w, "signal", "qcode", "sig:correction");
        }
        w.writeEndElement();
    }

    private static void contentMeta(XMLStreamWriter w, ItemContent item) throws XMLStreamException {
        w.writeStartElement(NAR, "contentMeta");
        if (item.killNotice()) {
            empty(w, "language", "tag", ItemContent.LANGUAGE);
            text(w, "headline", item.headline());
            w.writeEndElement();
            return;
        }
        if (item.cover() != null) {
            for (ItemContent.Rendition r : item.cover().renditions()) {
                w.writeEmptyElement(NAR, "icon");
                w.writeAttribute("href", r.href());
                w.writeAttribute("contenttype", r.contentType());
                w.writeAttribute("title", item.cover().alt());
                w.writeAttribute("width", String.valueOf(r.width()));
                w.writeAttribute("height", String.valueOf(r.height()));
            }
        }
        text(w, "contentCreated", NinjsWriter.time(item.firstCreated()));
        text(w, "contentModified", NinjsWriter.time(item.versionCreated()));
        if (item.source() != null) {
            w.writeStartElement(NAR, "infoSource");
            w.writeAttribute("role", "isrol:originfo");
            text(w, "name", item.source());
            w.writeEndElement();
        }
        empty(w, "language", "tag", ItemContent.LANGUAGE);
        for (String tag : item.keywords()) {
            text(w, "keyword", tag);
        }
        w.writeStartElement(NAR, "subject");
        w.writeAttribute("type", "cpnat:abstract");
        w.writeAttribute("uri", item.channel().uri());
        text(w, "name", item.channel().name());
        if (item.parentChannel() != null) {
            w.writeStartElement(NAR, "broader");
            w.writeAttribute("type", "cpnat:abstract");
            w.writeAttribute("uri", item.parentChannel().uri());
            text(w, "name", item.parentChannel().name());
            w.writeEndElement();
        }
        w.writeEndElement();
        text(w, "headline", item.headline());
        if (item.subheadline() != null) {
            w.writeStartElement(NAR, "headline");
            w.writeAttribute("role", "hld:subHeadline");
            w.writeCharacters(item.subheadline());
            w.writeEndElement();
        }
        if (item.byline() != null) {
            text(w, "by", item.byline());
        }
        if (item.source() != null) {
            text(w, "creditline", item.source());
        }
        if (item.summary() != null) {
            w.writeStartElement(NAR, "description");
            w.writeAttribute("role", "drol:summary");
            w.writeCharacters(item.summary());
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    /** {@code <html xmlns="http://www.w3.org/1999/xhtml"><head><title>…</title></head><body>…</body></html>}. */
    private static void xhtml(XMLStreamWriter w, String title, String bodyHtml) throws XMLStreamException {
        w.setDefaultNamespace(XHTML);
        w.writeStartElement(XHTML, "html");
        w.writeDefaultNamespace(XHTML);
        w.writeStartElement(XHTML, "head");
        w.writeStartElement(XHTML, "title");
        w.writeCharacters(title);
        w.writeEndElement();
        w.writeEndElement();
        w.writeStartElement(XHTML, "body");
        Document doc = Jsoup.parseBodyFragment(bodyHtml);
        for (Node n : doc.body().childNodes()) {
            node(w, n);
        }
        w.writeEndElement();
        w.writeEndElement();
        w.setDefaultNamespace(NAR);
    }

    private static void node(XMLStreamWriter w, Node n) throws XMLStreamException {
        if (n instanceof TextNode t) {
            w.writeCharacters(XmlChars.clean(t.getWholeText()));
        } else if (n instanceof Element e) {
            String name = Attribute.getValidKey(e.normalName(), Document.OutputSettings.Syntax.xml);
            if (name == null) {
                for (Node c : e.childNodes()) {
                    node(w, c);
                }
                return;
            }
            if (e.childNodeSize() == 0) {
                w.writeEmptyElement(XHTML, name);
            } else {
                w.writeStartElement(XHTML, name);
            }
            for (Attribute a : e.attributes()) {
                String key = Attribute.getValidKey(a.getKey(), Document.OutputSettings.Syntax.xml);
                if (key != null && !key.startsWith("xmlns") && key.indexOf(':') < 0) {
                    w.writeAttribute(key, XmlChars.clean(a.getValue()));
                }
            }
            if (e.childNodeSize() > 0) {
                for (Node c : e.childNodes()) {
                    node(w, c);
                }
                w.writeEndElement();
            }
        } else if (n instanceof org.jsoup.nodes.DataNode d) {
            w.writeCharacters(XmlChars.clean(d.getWholeData()));
        }
        // comments and other node kinds are left out
    }

    private static void empty(XMLStreamWriter w, String name, String attr, String value) throws XMLStreamException {
        w.writeEmptyElement(NAR, name);
        w.writeAttribute(attr, value);
    }

    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(NAR, name);
        w.writeCharacters(value);
        w.writeEndElement();
    }
}
