package org.inkstone.comment;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks stored or rendered comment HTML by parsing it (jsoup): only the policy's elements, only
 * {@code href} and {@code rel} on links, hrefs with http, https or mailto, and the forced rel value.
 * Returns the violations found (empty when the HTML is clean).
 */
public final class AllowedMarkup {

    static final Set<String> ELEMENTS = Set.of("b", "strong", "i", "em", "p", "br", "blockquote", "code", "a");
    static final String REL = "nofollow ugc noopener noreferrer";

    private AllowedMarkup() {
    }

    public static List<String> violations(String html) {
        List<String> out = new ArrayList<>();
        Element body = Jsoup.parseBodyFragment(html).body();
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            if (!ELEMENTS.contains(e.tagName())) {
                out.add("element <" + e.tagName() + ">");
            }
            for (Attribute a : e.attributes()) {
                boolean ok = e.tagName().equals("a") && (a.getKey().equals("href") || a.getKey().equals("rel"));
                if (!ok) {
                    out.add("attribute " + a.getKey() + " on <" + e.tagName() + ">");
                }
            }
            if (e.tagName().equals("a")) {
                String href = e.attr("href").toLowerCase(java.util.Locale.ROOT);
                if (!(href.startsWith("http://") || href.startsWith("https://") || href.startsWith("mailto:"))) {
                    out.add("href " + e.attr("href"));
                }
                if (!e.attr("rel").equals(REL)) {
                    out.add("rel " + e.attr("rel"));
                }
            }
        }
        return out;
    }
}
