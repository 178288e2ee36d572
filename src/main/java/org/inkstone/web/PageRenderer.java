package org.inkstone.web;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Renders a {@link Page} record inside the {@link Chrome} through its Mustache template. Templates see the
 * page's record components and methods first, then the chrome's ({@code siteName}, {@code base}, {@code feeds},
 * {@code channels}); mustache.java resolves a name {@code foo} to a method {@code foo()}, so record
 * accessors need no getters. {@code {{name}}} escapes HTML; {@code {{{name}}}} is for components named
 * {@code ...Html} only, whose HTML Inkstone built from escaped text or the comment sanitizer produced.
 *
 * <p>Knows no servlet context, so tests render the real templates from the file system. Thread-safe:
 * the factory compiles each template once and caches it; rendering holds no shared state.
 */
public final class PageRenderer {

    private final MustacheFactory factory;

    /**
     * @param templates opens a template by file name (such as {@code "header.mustache"}, as partials name
     *                  them), or returns null when there is none
     */
    public PageRenderer(Function<String, Reader> templates) {
        Objects.requireNonNull(templates, "templates");
        this.factory = new DefaultMustacheFactory(templates::apply);
    }

    /**
     * The complete HTML document of {@code page}.
     *
     * @throws com.github.mustachejava.MustacheException when the template does not exist or fails to compile
     */
    public String render(Chrome chrome, Page page) {
        Mustache m = factory.compile(page.template());
        StringWriter out = new StringWriter(8192);
        try {
            // mustache.java looks names up from the last scope to the first: the page before the chrome
            m.execute(out, List.of(chrome, page)).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
