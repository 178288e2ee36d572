package org.inkstone.newsroom;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.regex.Pattern;

/**
 * STOP-GAP (core branch): the article body HTML policy with the contract's signature; the admin helper's
 * version (Word/WeChat paste cleaning, tables) replaces this file at merge. Threat: an editor's body is shown
 * to every reader, so script, event handlers, styles and foreign images must never pass. Allows paragraphs,
 * h2–h4, strong/em/u, blockquote, lists, links (http, https, mailto, same-site paths), images only from the
 * product's media library, figure/figcaption. Thread-safe (one immutable policy).
 */
public final class ArticleHtmlPolicy {

    private final PolicyFactory policy;

    /** A policy for an application at {@code contextPath} (e.g. {@code /inkstone}, or empty at the root). */
    public ArticleHtmlPolicy(String contextPath) {
        String root = contextPath == null ? "" : contextPath;
        Pattern media = Pattern.compile("(?:" + Pattern.quote(root + "/") + ")?media/[0-9a-f]{64}(?:-[0-9]+)?\\.(?:jpg|png)");
        Pattern href = Pattern.compile("(?i)(?:https?://|mailto:|/(?!/))[^\\s]*");
        this.policy = new HtmlPolicyBuilder()
                .allowElements("p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "blockquote", "ul", "ol", "li",
                        "a", "img", "figure", "figcaption")
                .allowUrlProtocols("http", "https", "mailto")
                .allowAttributes("href").matching(href).onElements("a")
                .requireRelsOnLinks("noopener", "noreferrer")
                .allowAttributes("src").matching(media).onElements("img")
                .allowAttributes("alt").onElements("img")
                .toFactory();
    }

    /** The cleaned body HTML. */
    public String sanitize(String html) {
        return policy.sanitize(html == null ? "" : html);
    }
}
