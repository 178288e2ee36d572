package org.inkstone.newsroom;

import org.inkstone.common.HtmlCharacters;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.HtmlStreamRenderer;
import org.owasp.html.PolicyFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML policy of article bodies (正文), applied when an editor saves. Threat: cross-site scripting by a
 * staff account (stolen, or careless with what it pastes): script, event handlers, {@code javascript:} and
 * {@code data:} URLs, CSS, SVG/MathML, forms, frames, images from other hosts (tracking pixels, mixed content),
 * mutation-XSS markup. Second purpose: what editors paste from Microsoft Word and WeChat (微信公众号) articles
 * is reduced to the structure the site styles, keeping every word of text.
 *
 * <p>What passes (everything else is dropped; the text inside a dropped element is kept, except the contents
 * of {@code script}, {@code style}, {@code xml} and the like, which the library drops whole):
 * <ul>
 *   <li>{@code p h2 h3 h4 strong em u blockquote ul ol li br figure figcaption}, without attributes;
 *       {@code b} becomes {@code strong}, {@code i} becomes {@code em}, {@code h1} becomes {@code h2},
 *       {@code h5}/{@code h6} become {@code h4};</li>
 *   <li>{@code a} with {@code href} of {@code http:}, {@code https:}, {@code mailto:} or a same-site path
 *       (one leading {@code /}, not {@code //} or {@code /\}); other links lose their element and keep their
 *       text. Links to other hosts ({@code http:}/{@code https:}) get {@code rel="noopener noreferrer"};
 *       same-site paths and {@code mailto:} links get no {@code rel};</li>
 *   <li>{@code img} with {@code src} from the product's media library only: {@code <context path>/media/<64
 *       lowercase hex>[-<width>].jpg|png}, or the same without the context path as a relative
 *       {@code media/...} URL (the form the media API returns), which is rewritten to the absolute
 *       {@code <context path>/media/...} (a relative URL would resolve against the page showing the body,
 *       {@code /articles/media/...} on {@code /articles/{id}}); plus {@code alt}. Any other image is dropped
 *       (its {@code alt} is not kept as text);</li>
 *   <li>simple tables: {@code table thead tbody tr th td}, with {@code colspan}/{@code rowspan} of 1–999 on
 *       cells only.</li>
 * </ul>
 * Paste cleaning: {@code class}, {@code style} (so {@code mso-} styles, fonts and inline colours), {@code lang},
 * {@code id}, {@code data-*} and every other attribute are dropped; {@code span}, {@code font}, {@code div},
 * {@code section} (WeChat's wrappers), {@code o:p} and other Office elements lose their tags and keep their
 * text; comments, including Word's conditional comments ({@code <!--[if gte mso 9]>...<![endif]-->}) and its
 * {@code <![if !supportLists]>} markers, are dropped; Word's list bullets ({@code <span style="mso-list:Ignore">})
 * are dropped with their text, since the list element carries the numbering. Paragraphs, headings, lists,
 * list items and captions left without visible content (only spaces, {@code &nbsp;}, U+3000, {@code <br>} or empty inline elements:
 * {@code <p>&nbsp;</p>}, {@code <p><br></p>}, {@code <p><span></span></p>}) are removed. Line breaks inside
 * text (Word wraps its HTML source) become one space.
 *
 * <p>All parsing and filtering is the OWASP Java HTML Sanitizer's ({@link HtmlPolicyBuilder}, with two
 * {@link HtmlStreamEventReceiver} wrappers: one before the policy for Word's list bullets, one after it for
 * empty blocks and line breaks); this class never parses HTML itself. The output is well-formed HTML whose
 * characters outside ASCII are written as characters (not numeric references) unless they could be mistaken
 * for markup, so stored bodies stay readable, searchable and diffable.
 *
 * <p>Immutable and thread-safe: build one per context path and share it.
 */
public final class ArticleHtmlPolicy {

    /** Links: absolute http(s) or mailto, or a same-site absolute path. */
    private static final Pattern HREF = Pattern.compile(
            "(?i)(?:https?://[^\\s/?#\\\\]+[^\\s]*|mailto:[^\\s]+|/(?![/\\\\])[^\\s]*)");

    private static final Pattern EXTERNAL = Pattern.compile("(?i)^https?:");

    private static final Pattern CELL_SPAN = Pattern.compile("[1-9][0-9]{0,2}");

    private final PolicyFactory policy;

    /**
     * @param contextPath the application's context path, {@code ""} at the root or e.g. {@code "/inkstone"}
     *                    (no trailing slash); images are allowed from {@code contextPath + "/media/..."} and
     *                    from the relative {@code media/...}, which becomes {@code contextPath + "/media/..."}
     * @throws NullPointerException when {@code contextPath} is null
     */
    public ArticleHtmlPolicy(String contextPath) {
        Objects.requireNonNull(contextPath, "contextPath");
        String base = contextPath.endsWith("/") ? contextPath.substring(0, contextPath.length() - 1) : contextPath;
        Pattern mediaSrc = Pattern.compile("(?:" + Pattern.quote(base + "/") + ")?media/[0-9a-f]{64}(?:-[0-9]{1,5})?\\.(?:jpg|png)");
        this.policy = new HtmlPolicyBuilder()
                .allowElements("p", "h2", "h3", "h4", "strong", "em", "u", "blockquote", "ul", "ol", "li", "br",
                        "figure", "figcaption", "table", "thead", "tbody", "tr", "th", "td", "a", "img")
                .allowElements((name, attrs) -> "strong", "b")
                .allowElements((name, attrs) -> "em", "i")
                .allowElements((name, attrs) -> "h2", "h1")
                .allowElements((name, attrs) -> "h4", "h5", "h6")
                .allowUrlProtocols("http", "https", "mailto")
                .allowAttributes("href").matching(HREF).onElements("a")
                .allowAttributes("src").matching(mediaSrc).onElements("img")
                .allowAttributes("alt").onElements("img")
                .allowAttributes("colspan", "rowspan").matching(CELL_SPAN).onElements("th", "td")
                .allowElements(ArticleHtmlPolicy::relOnExternalLinks, "a")
                .allowElements((name, attrs) -> mediaImagesOnly(name, attrs, base), "img")
                .toFactory();
    }

    /**
     * The cleaned body: {@code html} (any string; null is treated as empty) as described in the class comment.
     * Returns {@code ""} when nothing visible is left.
     */
    public String sanitize(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(html.length());
        HtmlStreamRenderer renderer = HtmlStreamRenderer.create(out, e -> {
            throw new IllegalStateException(e);
        }, bad -> { });
        HtmlSanitizer.Policy sanitizing = policy.apply(new EmptyBlockRemover(renderer));
        HtmlSanitizer.sanitize(html, new WordListMarkerRemover(sanitizing));
        return HtmlCharacters.referencesAsText(out).trim();
    }

    private static String relOnExternalLinks(String name, List<String> attrs) {
        String href = attr(attrs, "href");
        if (href == null) {
            return null; // a link without an allowed href: the element goes, its text stays
        }
        for (int i = 0; i + 1 < attrs.size(); i += 2) {
            if ("rel".equals(attrs.get(i))) {
                attrs.subList(i, i + 2).clear();
                break;
            }
        }
        if (EXTERNAL.matcher(href).find()) {
            attrs.add("rel");
            attrs.add("noopener noreferrer");
        }
        return name;
    }

    /** Keeps an image whose {@code src} passed the media pattern, with a relative {@code media/...} made absolute. */
    private static String mediaImagesOnly(String name, List<String> attrs, String base) {
        for (int i = 0; i + 1 < attrs.size(); i += 2) {
            if ("src".equals(attrs.get(i))) {
                if (attrs.get(i + 1).startsWith("media/")) {
                    attrs.set(i + 1, base + "/" + attrs.get(i + 1));
                }
                return name;
            }
        }
        return null;
    }

    private static String attr(List<String> attrs, String key) {
        for (int i = 0; i + 1 < attrs.size(); i += 2) {
            if (key.equals(attrs.get(i))) {
                return attrs.get(i + 1);
            }
        }
        return null;
    }

    /**
     * Before the policy: drops Word's list bullets, {@code <span style="mso-list:Ignore">1.&nbsp;&nbsp;</span>}
     * (the text a Word list item starts with; the {@code ol}/{@code ul} carries the numbering), with all they
     * contain. Sees the lexer's raw events, so it only ever removes: it never adds markup.
     */
    private static final class WordListMarkerRemover implements HtmlSanitizer.Policy {
        private final HtmlSanitizer.Policy next;
        /** Depth of {@code span}s inside the current marker; 0 outside a marker. */
        private int markerDepth;

        WordListMarkerRemover(HtmlSanitizer.Policy next) {
            this.next = next;
        }

        @Override
        public void openDocument() {
            next.openDocument();
        }

        @Override
        public void closeDocument() {
            next.closeDocument();
        }

        @Override
        public void openTag(String name, List<String> attrs) {
            if (markerDepth > 0) {
                if ("span".equals(name)) {
                    markerDepth++;
                }
                return;
            }
            if ("span".equals(name)) {
                String style = attr(attrs, "style");
                if (style != null && style.toLowerCase(Locale.ROOT).replace(" ", "").contains("mso-list:ignore")) {
                    markerDepth = 1;
                    return;
                }
            }
            next.openTag(name, attrs);
        }

        @Override
        public void closeTag(String name) {
            if (markerDepth > 0) {
                if ("span".equals(name)) {
                    markerDepth--;
                }
                return;
            }
            next.closeTag(name);
        }

        @Override
        public void text(String text) {
            if (markerDepth == 0) {
                next.text(text);
            }
        }
    }

    /**
     * After the policy (so it sees only allowed, balanced events): holds back each paragraph, heading and
     * list item until it shows visible text or an image, and drops it when it closes without; turns line
     * breaks inside text into a space.
     */
    private static final class EmptyBlockRemover implements HtmlStreamEventReceiver {
        private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "h2", "h3", "h4", "ul", "ol", "li", "figcaption");
        /** Elements whose children are elements: blank text directly inside them (source indentation) goes. */
        private static final java.util.Set<String> CONTAINERS = java.util.Set.of("ul", "ol", "table", "thead", "tbody", "tr", "figure");

        /** The open elements, innermost first. */
        private final java.util.ArrayDeque<String> open = new java.util.ArrayDeque<>();

        private final HtmlStreamEventReceiver out;
        /** Events of the block held back, or null when none is. */
        private List<Runnable> held;
        private String heldBlock;
        private int heldDepth;

        EmptyBlockRemover(HtmlStreamEventReceiver out) {
            this.out = out;
        }

        @Override
        public void openDocument() {
            out.openDocument();
        }

        @Override
        public void closeDocument() {
            release();
            out.closeDocument();
        }

        @Override
        public void openTag(String name, List<String> attrs) {
            List<String> copy = new ArrayList<>(attrs);
            if (!"img".equals(name) && !"br".equals(name)) {
                open.push(name);
            }
            if (held != null) {
                if ("img".equals(name)) {
                    release();
                    out.openTag(name, copy);
                    return;
                }
                if (name.equals(heldBlock)) {
                    heldDepth++;
                }
                held.add(() -> out.openTag(name, copy));
                return;
            }
            if (BLOCKS.contains(name)) {
                held = new ArrayList<>();
                heldBlock = name;
                heldDepth = 1;
                held.add(() -> out.openTag(name, copy));
                return;
            }
            out.openTag(name, copy);
        }

        @Override
        public void closeTag(String name) {
            if (name.equals(open.peek())) {
                open.pop();
            }
            if (held != null) {
                if (name.equals(heldBlock) && --heldDepth == 0) {
                    held = null; // closed without visible content: dropped
                    heldBlock = null;
                    return;
                }
                held.add(() -> out.closeTag(name));
                return;
            }
            out.closeTag(name);
        }

        @Override
        public void text(String text) {
            String t = text.indexOf('\n') < 0 && text.indexOf('\r') < 0 ? text : text.replaceAll("[ \\t]*[\\r\\n]+[ \\t]*", " ");
            if (isBlank(t) && (open.isEmpty() || CONTAINERS.contains(open.peek()))) {
                return; // layout whitespace of the source between blocks, list items or table rows
            }
            if (held != null) {
                if (isBlank(t)) {
                    held.add(() -> out.text(t));
                    return;
                }
                release();
            }
            out.text(t);
        }

        private void release() {
            if (held != null) {
                List<Runnable> events = held;
                held = null;
                heldBlock = null;
                events.forEach(Runnable::run);
            }
        }

        private static boolean isBlank(String s) {
            return s.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF');
        }
    }
}
