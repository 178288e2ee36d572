package org.inkstone.comment;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommentHtmlTest {

    @Test
    void everySharedPayloadLeavesOnlyTheAllowedMarkup() {
        List<String> failures = new ArrayList<>();
        for (XssPayloads.Payload p : XssPayloads.all()) {
            String html = CommentHtml.render(p.text()).html();
            List<String> v = AllowedMarkup.violations(html);
            if (!v.isEmpty()) {
                failures.add(p.origin() + " " + v + " in " + html);
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void scriptsAndHandlersAreRemovedAndFormattingKept() {
        assertEquals("<p><b>ok</b></p>", CommentHtml.render("<b>ok</b><script>alert(1)</script>").html());
        assertEquals("<p>x</p>", CommentHtml.render("<img src=x onerror=alert(1)>x").html());
        assertEquals("<p><em>a</em> <code>b</code></p><blockquote>q</blockquote>",
                CommentHtml.render("<em onclick=x()>a</em> <code>b</code><blockquote style=\"x\">q</blockquote>").html());
    }

    @Test
    void plainTextIsEscapedNotInterpreted() {
        assertEquals("<p>a &lt; b &amp;&amp; c &gt; d</p>", CommentHtml.render("a < b && c > d").html());
    }

    @Test
    void lineBreaksBecomeParagraphsAndBreaks() {
        assertEquals("<p>第一行<br />第二行</p><p>第二段</p>", CommentHtml.render("第一行\r\n第二行\n\n  \n第二段\n").html());
    }

    @Test
    void linksKeepOnlyWebAndMailSchemesWithTheForcedRel() {
        CommentHtml.Rendered r = CommentHtml.render("<a href=\"https://example.com/a\">https://example.com/a</a>");
        assertEquals("<p><a href=\"https://example.com/a\" rel=\"nofollow ugc noopener noreferrer\">https://example.com/a</a></p>", r.html());
        assertTrue(r.hasLinks());
        CommentHtml.Rendered js = CommentHtml.render("<a href=\"javascript:alert(1)\">点我</a>");
        assertEquals("<p>点我</p>", js.html());
        assertFalse(js.hasLinks());
        assertEquals("<p><a href=\"mailto:desk&#64;example.com\" rel=\"nofollow ugc noopener noreferrer\">desk&#64;example.com</a></p>",
                CommentHtml.render("<a href=\"mailto:desk@example.com\">desk@example.com</a>").html());
    }

    @Test
    void aDisguisedLinkShowsItsAddress() {
        assertEquals("<p>请看 <a href=\"https://evil.example/login\" rel=\"nofollow ugc noopener noreferrer\">https://evil.example/login</a></p>",
                CommentHtml.render("请看 <a href=\"https://evil.example/login\">官方<b>通知</b></a>").html());
    }

    @Test
    void chineseTextEmojiAndFullWidthPunctuationAreStoredAsCharacters() {
        assertEquals("<p>第500条：感谢关注，欢迎讨论！😀𠀀</p>", CommentHtml.render("第500条：感谢关注，欢迎讨论！😀𠀀").html());
    }

    @Test
    void fullWidthMarkupCharactersStayEncoded() {
        String html = CommentHtml.render("＜script＞ ＂x＂ ＝ ｀").html();
        assertFalse(html.contains("＜") || html.contains("＞") || html.contains("＂") || html.contains("＝") || html.contains("｀"), html);
    }

    @Test
    void bidiOverridesAreRemoved() {
        assertEquals("<p>abcdef</p>", CommentHtml.render("abc\u202Efed\u202C\u2066\u2069".replace("fed", "def")).html());
    }

    @Test
    void visibleLengthCountsCodePointsNotMarkup() {
        assertEquals(3, CommentHtml.render("<b>😀𠀀a</b>").textLength());
        assertEquals(0, CommentHtml.render("<script>x</script>").textLength());
    }

    @Test
    void randomMarkupSoupNeverEscapesThePolicy() {
        String[] parts = {"<", ">", "\"", "'", "=", "/", "a", "b", "p", "script", "img", "svg", "on", "onerror", "href",
            "javascript:", "data:", "&#", "x", ";", " ", "\n", "!--", "-->", "style", "<![CDATA[", "]]>", "math", "`", "iframe",
            "src", "alert(1)", "\\", "%3C", "&lt;", "中", "😀", "mailto:", "http://", "template", "noscript", "textarea"};
        Random random = new Random(20261129);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            StringBuilder b = new StringBuilder();
            for (int j = random.nextInt(40); j >= 0; j--) {
                b.append(parts[random.nextInt(parts.length)]);
            }
            String html = CommentHtml.render(b.toString()).html();
            List<String> v = AllowedMarkup.violations(html);
            if (!v.isEmpty()) {
                failures.add(b + " -> " + html + " " + v);
            }
        }
        assertEquals(List.of(), failures);
    }
}
