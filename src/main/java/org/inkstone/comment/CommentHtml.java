package org.inkstone.comment;

import org.inkstone.common.HtmlCharacters;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.HtmlStreamRenderer;
import org.owasp.html.PolicyFactory;

import java.util.List;

/**
 * Turns what a reader typed into the HTML Inkstone stores and shows. Threat: cross-site scripting through
 * comments (script, event handlers, {@code javascript:} links, CSS, SVG, mutation-XSS markup), and disguised
 * links ("官方通知" pointing at a phishing site).
 *
 * <p>Input is plain text with line breaks plus a small formatting subset. Bidirectional override and isolate
 * controls (U+202A–U+202E, U+2066–U+2069) are removed. Line breaks are turned into
 * paragraphs (blank line) and {@code <br>} (single break); then the text goes through one OWASP Java HTML
 * Sanitizer policy that keeps only {@code b strong i em p br blockquote code} and {@code a} with an
 * {@code http}, {@code https} or {@code mailto} {@code href}, and forces
 * {@code rel="nofollow ugc noopener noreferrer"} on every link. Everything else is dropped or escaped by the
 * library; this class never parses HTML itself.
 *
 * <p>Link text rule (Coral Talk's, against disguised links): the visible text of a link must be its address.
 * A link whose text differs is shown with its address as the text, so a reader always sees where it goes.
 * Formatting inside a link is dropped.
 *
 * <p>Immutable and thread-safe.
 */
public final class CommentHtml {

    /**
     * Links must be absolute http(s) or mailto URLs. The library's protocol list alone still lets relative
     * URLs through ({@code #x}, {@code /share?...}, {@code "xssme?..."} in the shared payload lists); they are
     * harmless in a browser but say nothing about where they lead, so they are dropped too.
     */
    private static final java.util.regex.Pattern ABSOLUTE_WEB_OR_MAIL =
            java.util.regex.Pattern.compile("(?i)(?:https?://[^\\s/?#]+|mailto:[^\\s]+)[^\\s]*");

    /** The one policy. */
    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("b", "strong", "i", "em", "p", "br", "blockquote", "code", "a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").matching(ABSOLUTE_WEB_OR_MAIL).onElements("a")
            .requireRelsOnLinks("nofollow", "ugc", "noopener", "noreferrer")
            .toFactory();

    /** The sanitized HTML, its visible length in code points, and whether it holds a link. */
    public record Rendered(String html, int textLength, boolean hasLinks) {
    }

    private CommentHtml() {
    }

    /** Renders {@code input} (any string, never null) as described above. */
    public static Rendered render(String input) {
        StringBuilder out = new StringBuilder(input.length() + 32);
        HtmlStreamRenderer renderer = HtmlStreamRenderer.create(out, e -> {
            throw new IllegalStateException(e);
        }, bad -> { });
        LinkTextGuard guard = new LinkTextGuard(renderer);
        HtmlSanitizer.sanitize(paragraphs(input), POLICY.apply(guard));
        return new Rendered(HtmlCharacters.referencesAsText(out), guard.textLength, guard.links > 0);
    }

    /** Blank lines separate paragraphs; single line breaks become {@code <br>}. */
    static String paragraphs(String input) {
        // Bidirectional embedding/override/isolate controls would let a comment reverse the text after it.
        String text = input.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\u202A-\u202E\u2066-\u2069]", "").strip();
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (String para : text.split("\n[ \t\u3000]*\n+")) {
            String p = para.strip();
            if (!p.isEmpty()) {
                b.append("<p>").append(p.replace("\n", "<br>")).append("</p>");
            }
        }
        return b.toString();
    }

    /**
     * Sits between the policy and the renderer: counts visible text and enforces the link text rule. It only
     * sees events the policy already allowed.
     */
    private static final class LinkTextGuard implements HtmlStreamEventReceiver {
        private final HtmlStreamEventReceiver out;
        private List<String> linkAttrs;
        private String href;
        private final StringBuilder linkText = new StringBuilder();
        int textLength;
        int links;

        LinkTextGuard(HtmlStreamEventReceiver out) {
            this.out = out;
        }

        @Override
        public void openDocument() {
            out.openDocument();
        }

        @Override
        public void closeDocument() {
            out.closeDocument();
        }

        @Override
        public void openTag(String name, List<String> attrs) {
            if (linkAttrs != null) {
                return; // no markup inside a link
            }
            if ("a".equals(name)) {
                linkAttrs = List.copyOf(attrs);
                href = null;
                for (int i = 0; i + 1 < attrs.size(); i += 2) {
                    if ("href".equals(attrs.get(i))) {
                        href = attrs.get(i + 1);
                    }
                }
                linkText.setLength(0);
                return;
            }
            out.openTag(name, attrs);
        }

        @Override
        public void closeTag(String name) {
            if (linkAttrs == null) {
                out.closeTag(name);
                return;
            }
            if (!"a".equals(name)) {
                return;
            }
            String text = linkText.toString().strip();
            String shown = href == null || text.equals(href) || ("mailto:" + text).equals(href) ? text : href;
            if (href != null) {
                links++;
                out.openTag("a", linkAttrs);
            }
            emitText(shown);
            if (href != null) {
                out.closeTag("a");
            }
            linkAttrs = null;
        }

        @Override
        public void text(String text) {
            if (linkAttrs != null) {
                linkText.append(text);
            } else {
                emitText(text);
            }
        }

        private void emitText(String text) {
            textLength += text.codePointCount(0, text.length());
            out.text(text);
        }
    }
}
