package org.inkstone.web;

import org.inkstone.common.InkstoneConfig;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import com.github.mustachejava.MustacheResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders server-side pages from Mustache templates under {@code webapp/WEB-INF/templates/}. Mustache's
 * {@code {{name}}} escapes HTML, so untrusted text (titles, bodies, comments, search input) is always
 * written with it; the triple form {@code {{{...}}}} is used only for HTML that Inkstone itself built from
 * escaped text (search snippets, article bodies) or that the comment sanitizer produced
 * ({@link org.inkstone.comment.CommentHtml}), and is named {@code ...Html} in the model.
 *
 * <p>Thread-safe: compiled templates are cached by the factory and rendering holds no shared state.
 */
@ApplicationScoped
public class Pages {

    @Inject
    ServletContext servletContext;

    @Inject
    InkstoneConfig config;

    private volatile MustacheFactory factory;

    private MustacheFactory factory() {
        MustacheFactory f = factory;
        if (f == null) {
            MustacheResolver resolver = name -> {
                InputStream in = servletContext.getResourceAsStream("/WEB-INF/templates/" + name);
                return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
            };
            f = new DefaultMustacheFactory(resolver);
            factory = f;
        }
        return f;
    }

    /**
     * Renders {@code template} (a file name such as {@code "article.mustache"}) with the given model.
     * Adds {@code base} (the context path, for links) and {@code siteName} to the model.
     *
     * @throws IllegalStateException when the template does not exist or fails to compile
     */
    public String render(String template, Map<String, Object> model) {
        Mustache m = factory().compile(template);
        Map<String, Object> scope = new HashMap<>(model);
        scope.put("base", servletContext.getContextPath());
        scope.put("siteName", config.get("inkstone.site.name"));
        StringWriter out = new StringWriter(8192);
        try {
            m.execute(out, scope).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
