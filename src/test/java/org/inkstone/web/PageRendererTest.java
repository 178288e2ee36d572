package org.inkstone.web;

import com.github.mustachejava.MustacheException;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * How mustache.java's default {@code ReflectionObjectHandler} sees records: it looks a name {@code foo} up
 * as a method {@code foo()} before {@code getFoo()}, {@code isFoo()} and a field, so record accessors and
 * extra no-argument methods resolve without getters or a custom object handler.
 */
class PageRendererTest {

    record Sample(String pageTitle, boolean flag, List<Row> rows) implements Page {
        record Row(long id, String name) {
        }

        public boolean derived() {
            return rows.size() == 2;
        }

        @Override
        public String template() {
            return "sample";
        }
    }

    private static String render(String template, Page page) {
        Map<String, String> templates = Map.of("sample", template);
        PageRenderer renderer = new PageRenderer(name -> templates.containsKey(name) ? new StringReader(templates.get(name)) : null);
        return renderer.render(new Chrome("站", "/ctx", List.of(PageFixtures.channel("tech", "科技", 1))), page);
    }

    /** A page with a component named like a chrome value. */
    record Shadowing(String base) implements Page {
        @Override
        public String template() {
            return "sample";
        }

        @Override
        public String pageTitle() {
            return "";
        }
    }

    private static Sample sample() {
        return new Sample("题<目>", true, List.of(new Sample.Row(1, "一"), new Sample.Row(2, "二")));
    }

    @Test
    void recordComponentsAndMethodsResolve() {
        assertEquals("题&lt;目&gt;|yes|1一2二|derived",
                render("{{pageTitle}}|{{#flag}}yes{{/flag}}|{{#rows}}{{id}}{{name}}{{/rows}}|{{#derived}}derived{{/derived}}", sample()));
    }

    @Test
    void chromeValuesResolveBesidePageValues() {
        assertEquals("站|/ctx|tech科技", render("{{siteName}}|{{base}}|{{#channels}}{{id}}{{name}}{{/channels}}", sample()));
    }

    @Test
    void aPageComponentHidesTheChromeValueOfTheSameNameEvenWhenNull() {
        assertEquals("/page", render("{{base}}", new Shadowing("/page")));
        assertEquals("", render("{{base}}", new Shadowing(null)));
    }

    @Test
    void outerNamesResolveInsideSections() {
        assertEquals("1/ctx2/ctx", render("{{#rows}}{{id}}{{base}}{{/rows}}", sample()));
    }

    @Test
    void unknownNamesRenderEmpty() {
        assertEquals("[]", render("[{{nothing}}{{#nothing}}x{{/nothing}}]", sample()));
    }

    @Test
    void aMissingTemplateFails() {
        Page page = new LoginPage("/");
        assertThrows(MustacheException.class, () -> render("{{pageTitle}}", page));
    }
}
