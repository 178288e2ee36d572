package org.inkstone.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import org.inkstone.channel.Channel;
import org.inkstone.channel.ChannelService;
import org.inkstone.common.SiteSettings;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Renders server-side pages: a {@link Page} record through its template under {@code WEB-INF/templates/},
 * inside the {@link Chrome} that this class alone builds (site name, context path, channel navigation, feed links), so
 * page resources pass only what their page shows. Untrusted text is escaped by the templates; see
 * {@link PageRenderer}.
 *
 * <p>Thread-safe: the renderer is created once; the chrome is rebuilt per page from in-memory values.
 */
@ApplicationScoped
public class Pages {

    private static final Logger LOG = Logger.getLogger(Pages.class.getName());

    @Inject
    ServletContext servletContext;

    @Inject
    SiteSettings site;

    @Inject
    ChannelService channels;

    private volatile PageRenderer renderer;

    private PageRenderer renderer() {
        PageRenderer r = renderer;
        if (r == null) {
            r = new PageRenderer(name -> {
                InputStream in = servletContext.getResourceAsStream("/WEB-INF/templates/" + name);
                return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
            });
            renderer = r;
        }
        return r;
    }

    /**
     * The complete HTML document of {@code page} with the site's header, navigation and footer.
     *
     * @throws RuntimeException when the template is missing or broken, or the channel list cannot be loaded
     *                          (except for an {@link ErrorPageModel}, which is then rendered without navigation;
     *                          a 503 error page never has navigation, so it never touches the database)
     */
    public String render(Page page) {
        return renderer().render(chrome(page), page);
    }

    private Chrome chrome(Page page) {
        boolean navigationOptional = page instanceof ErrorPageModel;
        List<Channel> nav;
        try {
            // a 503 page answers an unavailable database or a node that is not ready: do not ask the database
            nav = page instanceof ErrorPageModel e && e.status() == 503 ? List.of() : channels.navigation();
        } catch (RuntimeException e) {
            // the error page may be the answer to the database being down: it must render all the same
            if (!navigationOptional) {
                throw e;
            }
            LOG.log(Level.WARNING, "error page without navigation: channels unavailable ({0})", e.toString());
            nav = List.of();
        }
        String base = servletContext.getContextPath();
        return new Chrome(site.name(), base, nav, FeedLinks.of(page, site.name(), base));
    }
}
