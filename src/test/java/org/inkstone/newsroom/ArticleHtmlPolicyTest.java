package org.inkstone.newsroom;

import org.inkstone.comment.XssPayloads;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ArticleHtmlPolicyTest {

    private static final String HASH = "3f".repeat(32);
    private static final ArticleHtmlPolicy POLICY = new ArticleHtmlPolicy("/inkstone");

    private static final Set<String> ELEMENTS = Set.of("p", "h2", "h3", "h4", "strong", "em", "u", "blockquote", "ul", "ol", "li",
            "br", "figure", "figcaption", "table", "thead", "tbody", "tr", "th", "td", "a", "img");
    private static final Map<String, Set<String>> ATTRIBUTES = Map.of("a", Set.of("href", "rel"), "img", Set.of("src", "alt"),
            "th", Set.of("colspan", "rowspan"), "td", Set.of("colspan", "rowspan"));

    private static String resource(String name) throws IOException {
        try (InputStream in = ArticleHtmlPolicyTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** What must never survive, checked on the parsed output: elements and attributes outside the policy, handlers, script URLs. */
    private static List<String> violations(String html) {
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
                String key = a.getKey().toLowerCase(Locale.ROOT);
                if (key.startsWith("on") || !ATTRIBUTES.getOrDefault(e.tagName(), Set.of()).contains(key)) {
                    out.add("attribute " + key + " on <" + e.tagName() + ">");
                }
                String value = a.getValue().toLowerCase(Locale.ROOT).replaceAll("[\\s\\u0000-\\u001f]", "");
                if (value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:")) {
                    out.add("script URL in " + key);
                }
            }
            if (e.tagName().equals("img") && !e.attr("src").matches("(/inkstone/)?media/[0-9a-f]{64}(-[0-9]+)?\\.(jpg|png)")) {
                out.add("img src " + e.attr("src"));
            }
        }
        return out;
    }

    @Test
    void everySharedXssPayloadLeavesNoScriptHandlerOrScriptUrl() {
        List<String> failures = new ArrayList<>();
        for (XssPayloads.Payload p : XssPayloads.all()) {
            for (String input : List.of(p.text(), "<p>" + p.text() + "</p>", "<table><tr><td>" + p.text() + "</td></tr></table>")) {
                String html = POLICY.sanitize(input);
                List<String> v = violations(html);
                if (!v.isEmpty()) {
                    failures.add(p.origin() + " " + v + " in " + html);
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void randomMixturesOfPayloadFragmentsStayClean() {
        List<XssPayloads.Payload> all = XssPayloads.all();
        Random random = new Random(20261130L);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            StringBuilder b = new StringBuilder();
            for (int j = 0; j < 3; j++) {
                String t = all.get(random.nextInt(all.size())).text();
                int from = random.nextInt(t.length());
                b.append(t, from, from + random.nextInt(t.length() - from + 1));
            }
            String html = POLICY.sanitize(b.toString());
            if (!violations(html).isEmpty()) {
                failures.add(b + " -> " + html);
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void representativeAttacksGiveExactlyThis() {
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("<p>正文<script>alert(1)</script></p>", "<p>正文</p>");
        cases.put("<p onclick=\"alert(1)\" style=\"color:red\">点我</p>", "<p>点我</p>");
        cases.put("<a href=\"javascript:alert(1)\">链接</a>", "链接");
        cases.put("<a href=\"JaVaScRiPt&#58;alert(1)\">链接</a>", "链接");
        cases.put("<a href=\"//evil.example/x\">协议相对</a>", "协议相对");
        cases.put("<img src=x onerror=alert(1)>", "");
        cases.put("<img src=\"data:image/png;base64,AAAA\" alt=\"嵌入\">", "");
        cases.put("<img src=\"https://evil.example/pixel.gif\" alt=\"外链图\">", "");
        cases.put("<svg onload=alert(1)><circle r=1></circle></svg>文字", "文字");
        cases.put("<iframe src=\"https://evil.example\"></iframe><form action=/x><input name=q></form>后文", "后文");
        cases.put("<style>p{background:url(javascript:alert(1))}</style><p>样式</p>", "<p>样式</p>");
        cases.put("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>", "");
        cases.put("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "<table></table>");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            assertEquals(c.getValue(), POLICY.sanitize(c.getKey()), c.getKey());
        }
    }

    @Test
    void aWordPasteKeepsItsTextAndStructureOnly() throws IOException {
        assertEquals("<h2>全市秋粮收购工作全面启动</h2>"
                        + "<p>本报讯（记者 李明）<strong>10</strong><strong>月</strong>28日，全市秋粮收购工作全面启动。</p>"
                        + "<p>收购价格保持稳定</p>"
                        + "<p><em>详情见</em><a href=\"https://www.example.gov.cn/notice/2026/10/28.html\" rel=\"noopener noreferrer\">市粮食局通知</a></p>",
                POLICY.sanitize(resource("word-paste.html")));
    }

    @Test
    void aWeChatPasteLosesSectionsStylesForeignImagesAndEmptyParagraphs() throws IOException {
        assertEquals("<p><strong>秋收时节 稻谷飘香</strong></p>"
                        + "<p>眼下正是晚稻收割的关键时期，田间地头一派繁忙景象。</p>"
                        + "<p><em>图为农民在收割晚稻</em></p>"
                        + "<p>据了解，今年全县晚稻种植面积达<strong>12.6万亩</strong>，预计总产量同比增长3%。</p>",
                POLICY.sanitize(resource("wechat-paste.html")));
    }

    @Test
    void emptyParagraphsOfEveryKindAreRemoved() {
        assertEquals("<p>正文</p>", POLICY.sanitize("<p>&nbsp;</p><p><br></p><p><span></span></p><p>\u3000 </p>"
                + "<p><strong> </strong><br/></p><p>正文</p><p><o:p>&nbsp;</o:p></p><h3> </h3><ul><li><br></li></ul>"));
        assertEquals("", POLICY.sanitize("<p>&nbsp;</p>"));
        assertEquals("", POLICY.sanitize(null));
    }

    @Test
    void aParagraphWithOnlyAnImageIsKept() {
        String img = "<img src=\"/inkstone/media/" + HASH + "-1200.jpg\" alt=\"稻田\" />";
        assertEquals("<p>" + img + "</p>", POLICY.sanitize("<p>" + img.replace(" />", " style=\"width:100%\" onerror=\"x()\">") + "</p>"));
    }

    @Test
    void imagesComeOnlyFromTheMediaLibrary() {
        String[] allowed = {"/inkstone/media/" + HASH + ".jpg", "/inkstone/media/" + HASH + "-400.png"};
        for (String src : allowed) {
            assertEquals("<img src=\"" + src + "\" alt=\"图\" />", POLICY.sanitize("<img src=\"" + src + "\" alt=\"图\">"), src);
        }
        String[] refused = {"/media/" + HASH + ".jpg", "/other/media/" + HASH + ".jpg", "/inkstone/media/" + HASH + ".gif",
                "/inkstone/media/" + HASH.toUpperCase(Locale.ROOT) + ".jpg", "/inkstone/media/" + HASH.substring(2) + ".jpg",
                "https://news.example/inkstone/media/" + HASH + ".jpg", "/inkstone/media/" + HASH + ".jpg?x=1",
                "/inkstone/media/../admin/" + HASH + ".jpg"};
        for (String src : refused) {
            assertEquals("", POLICY.sanitize("<img src=\"" + src + "\" alt=\"图\">"), src);
        }
        assertEquals("<img src=\"/media/" + HASH + ".jpg\" />", new ArticleHtmlPolicy("").sanitize("<img src=\"/media/" + HASH + ".jpg\">"));
    }

    @Test
    void aRelativeMediaPathBecomesTheAbsolutePathUnderTheContextPath() {
        // relative, it would resolve against the page: /inkstone/articles/media/... on /inkstone/articles/42
        assertEquals("<img src=\"/inkstone/media/" + HASH + ".png\" alt=\"图\" />",
                POLICY.sanitize("<img src=\"media/" + HASH + ".png\" alt=\"图\">"));
        assertEquals("<img src=\"/inkstone/media/" + HASH + "-1200.jpg\" />", POLICY.sanitize("<img src=\"media/" + HASH + "-1200.jpg\">"));
        assertEquals("<img src=\"/media/" + HASH + "-400.jpg\" />", new ArticleHtmlPolicy("").sanitize("<img src=\"media/" + HASH + "-400.jpg\">"));
        assertEquals("<img src=\"/inkstone/media/" + HASH + ".jpg\" />", new ArticleHtmlPolicy("/inkstone/").sanitize("<img src=\"media/" + HASH + ".jpg\">"));
    }

    @Test
    void linksKeepWebMailAndSameSitePathsWithRelOnlyOnExternalOnes() {
        assertEquals("<a href=\"https://example.com/a?b&#61;1&amp;c&#61;2\" rel=\"noopener noreferrer\">外链</a>",
                POLICY.sanitize("<a href=\"https://example.com/a?b=1&c=2\" rel=\"opener\" target=\"_blank\">外链</a>"));
        assertEquals("<a href=\"/inkstone/articles/42\">站内</a>", POLICY.sanitize("<a href=\"/inkstone/articles/42\" class=\"x\">站内</a>"));
        assertEquals("<a href=\"mailto:desk&#64;example.com\">来信</a>", POLICY.sanitize("<a href=\"mailto:desk@example.com\">来信</a>"));
        assertEquals("相对", POLICY.sanitize("<a href=\"articles/42\">相对</a>"));
        assertEquals("反斜杠", POLICY.sanitize("<a href=\"/\\evil.example\">反斜杠</a>"));
        assertEquals("无链接", POLICY.sanitize("<a name=\"x\">无链接</a>"));
    }

    @Test
    void simpleTablesKeepCellSpansOnly() {
        assertEquals("<table><thead><tr><th colspan=\"2\">指标</th></tr></thead><tbody><tr><td rowspan=\"2\">产量</td><td>3%</td></tr></tbody></table>",
                POLICY.sanitize("<table border=\"1\" cellpadding=\"0\" style=\"border-collapse:collapse\">\n <thead>\n  <tr>\n"
                        + "   <th colspan=\"2\" width=\"300\" class=\"x\">指标</th>\n  </tr>\n </thead>\n <tbody>\n  <tr>\n"
                        + "   <td rowspan=\"2\" valign=\"top\">产量</td>\n   <td colspan=\"0\" bgcolor=\"red\">3%</td>\n  </tr>\n </tbody>\n</table>"));
    }

    @Test
    void headingsAndOldFormattingAreNormalised() {
        assertEquals("<h2>一</h2><h3>二</h3><h4>五</h4><p><strong>粗</strong><em>斜</em><u>线</u></p>",
                POLICY.sanitize("<h1>一</h1><h3 id=\"h\">二</h3><h5>五</h5><p><b>粗</b><i>斜</i><u>线</u><font color=red></font></p>"));
    }

    @Test
    void figuresListsAndQuotesPass() {
        String html = "<figure><img src=\"/inkstone/media/" + HASH + ".jpg\" alt=\"甲\" /><figcaption>图说😀𠀀，</figcaption></figure>"
                + "<blockquote><p>引文</p></blockquote><ol><li>一</li><li>二</li></ol><ul><li>甲<br />乙</li></ul>";
        assertEquals(html, POLICY.sanitize(html));
    }

    @Test
    void lineBreaksInsideTextBecomeOneSpaceAndMarkupCharactersStayEscaped() {
        assertEquals("<p>第一行 第二行</p>", POLICY.sanitize("<p>第一行\r\n   第二行</p>"));
        assertEquals("<p>a &lt; b &amp;&amp; ＜script＞</p>".replace("＜", "&#xff1c;").replace("＞", "&#xff1e;"),
                POLICY.sanitize("<p>a &lt; b &amp;&amp; ＜script＞</p>"));
    }
}
