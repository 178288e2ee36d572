package org.inkstone.syndication;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;

/**
 * Article body HTML with every link and image address absolute, for documents read away from the site (feeds,
 * ninjs, NewsML-G2): {@code a[href]} and {@code img[src]} are resolved against a base (RFC 3986 §5), and
 * {@code img[srcset]} candidates too. Parsing and serialising are jsoup's (the body is already sanitized by the
 * newsroom's policy; this changes addresses only). Stateless.
 */
public final class AbsoluteLinks {

    private AbsoluteLinks() {
    }

    /**
     * {@code html} (a body fragment) with addresses resolved against {@code base} (an absolute URL ending in
     * {@code /}, e.g. {@code https://news.example/}); an address that does not parse is left as it is.
     */
    public static String resolve(String html, URI base) {
        if (html == null || html.isEmpty()) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html, base.toString());
        doc.outputSettings().prettyPrint(false);
        for (Element a : doc.select("a[href]")) {
            a.attr("href", absolute(base, a.attr("href")));
        }
        for (Element img : doc.select("img[src]")) {
            img.attr("src", absolute(base, img.attr("src")));
        }
        for (Element img : doc.select("img[srcset]")) {
            StringBuilder out = new StringBuilder();
            for (String candidate : img.attr("srcset").split(",")) {
                String c = candidate.strip();
                if (c.isEmpty()) {
                    continue;
                }
                int sp = c.indexOf(' ');
                String url = sp < 0 ? c : c.substring(0, sp);
                if (out.length() > 0) {
                    out.append(", ");
                }
                out.append(absolute(base, url)).append(sp < 0 ? "" : c.substring(sp));
            }
            img.attr("srcset", out.toString());
        }
        return doc.body().html();
    }

    /** {@code ref} resolved against {@code base}; {@code ref} unchanged when it does not parse as a URI reference. */
    public static String absolute(URI base, String ref) {
        try {
            return base.resolve(ref.strip()).toString();
        } catch (IllegalArgumentException e) {
            return ref;
        }
    }
}
