package org.inkstone.newsroom;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

import java.util.Set;

/**
 * The plain text of a sanitized article body, as the search index, related lists and the sensitive-word check
 * see it: the text of every text node in document order (entities decoded, white space as written), with a line
 * feed after each block ({@code p}, {@code h2}–{@code h4}, {@code li}, {@code blockquote}, {@code figcaption},
 * {@code td}, {@code th}) and for each {@code br} — the same text a rich-text editor such as Quill gives for the
 * body (its {@code getText()}), so sensitive-word indexes can be highlighted there. Stateless and thread-safe.
 */
public final class ArticleText {

    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "figcaption", "td", "th", "pre", "div");

    private ArticleText() {
    }

    /** The plain text of {@code html} (sanitized body HTML). */
    public static String of(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(html.length());
        Jsoup.parseBodyFragment(html).body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.getWholeText());
                } else if (node instanceof Element e && e.normalName().equals("br")) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())
                        && (out.length() == 0 || out.charAt(out.length() - 1) != '\n')) {
                    out.append('\n');
                }
            }
        });
        return out.toString();
    }
}
