package org.inkstone.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;

/** jsoup parsing for page assertions, outside the deployed Arquillian test class. */
final class Html {

    private final Document doc;

    Html(String html) {
        this.doc = Jsoup.parse(html);
    }

    String text(String css) {
        Element e = doc.selectFirst(css);
        return e == null ? null : e.text();
    }

    List<String> texts(String css) {
        return doc.select(css).eachText();
    }

    List<String> attrs(String css, String attr) {
        return doc.select(css).eachAttr(attr);
    }

    int count(String css) {
        return doc.select(css).size();
    }
}
