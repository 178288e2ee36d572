package org.inkstone.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.inkstone.account.Caller;
import org.inkstone.account.Role;
import org.inkstone.article.ArticleDetail;
import org.inkstone.article.ArticleNotFoundException;
import org.inkstone.article.ArticlePresenter;
import org.inkstone.channel.ChannelService;
import org.inkstone.common.Id;
import org.inkstone.common.InkstoneException;
import org.inkstone.newsroom.NewsroomService;
import org.inkstone.newsroom.NewsroomViews;
import org.inkstone.newsroom.Workflow;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /newsroom/articles/{id}/preview?revision=n}: any revision (default the newest) as readers would see it, for
 * staff (reporter and above; anonymous visitors go to the log-in page). Never cached ({@code Cache-Control:
 * no-store}), never indexed ({@code noindex} meta and {@code X-Robots-Tag}), no view counted.
 */
@Path("newsroom/articles/{id}/preview")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@ApplicationScoped
@RolesAllowed(Role.Names.REPORTER)
public class NewsroomPreviewResource {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    NewsroomService newsroom;

    @Inject
    ChannelService channels;

    @Inject
    Caller caller;

    @Inject
    ArticlePresenter presenter;

    @Inject
    Pages pages;

    @GET
    public Response preview(@PathParam("id") String rawId, @QueryParam("revision") String revision) {
        long id = Id.tryParse(rawId).orElseThrow(() -> new ArticleNotFoundException(0)).value();
        Workflow.Actor actor = NewsroomService.actor(Optional.of(caller.requireAccount()), false);
        NewsroomViews.Article current = newsroom.get(id, actor);
        int n = current.revision();
        if (revision != null && !revision.isEmpty()) {
            if (!revision.matches("[1-9][0-9]{0,8}")) {
                throw new InkstoneException(404, "revision_not_found", "没有这一版", Map.of());
            }
            n = Integer.parseInt(revision);
        }
        NewsroomViews.Revision r = newsroom.revision(id, n);
        ArticleDetail a = new ArticleDetail(id, null, r.title(), channels.ref(r.channel()),
                r.publishAt() != null ? r.publishAt() : current.publishedAt(), r.source(), 0, r.bodyHtml(), List.of(),
                List.of(), r.subtitle(), r.summary(), r.byline(), null, null,
                r.coverImage() == null ? null : presenter.cover(id, r.coverImage().hash(), r.coverImage().credit()).orElse(null));
        String label = Workflow.State.of(current.status()).label();
        String html = pages.render(new PreviewPage(a, a.publishedAt() == null ? "" : SHOWN.format(a.publishedAt()), n, label));
        return Response.ok(html).header("Cache-Control", "no-store").header("X-Robots-Tag", "noindex, nofollow").build();
    }
}
