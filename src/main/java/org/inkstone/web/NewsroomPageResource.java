package org.inkstone.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.inkstone.account.Caller;
import org.inkstone.account.Role;
import org.inkstone.article.ArticleNotFoundException;
import org.inkstone.article.ArticleService;
import org.inkstone.channel.ChannelService;
import org.inkstone.common.Id;
import org.inkstone.common.SiteSettings;

import java.util.ArrayList;
import java.util.List;

/**
 * The newsroom pages for staff (reporter and above): {@code /newsroom} (list), {@code /newsroom/articles/new},
 * {@code /newsroom/articles/{id}/edit}, {@code /newsroom/articles/{id}/history}, {@code /newsroom/review} and
 * {@code /newsroom/scheduled}. The pages are shells with their forms; their scripts read and write through
 * {@code /api/newsroom/...}, which enforces every rule, so a page shows an article's data only to whom the API
 * gives it. Anonymous visitors are sent to the log-in page (303 with the return path, by
 * {@code ErrorMappers.RoleRefused}); logged-in readers get the 403 page; a malformed filter or id gives the
 * 400/404 page, and so does the id of an article that does not exist (edit and history). Pages are never cached ({@code no-store}): they are per user.
 */
@Path("newsroom")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@RequestScoped
@RolesAllowed(Role.Names.REPORTER)
public class NewsroomPageResource {

    @Inject
    Pages pages;

    @Inject
    Caller caller;

    @Inject
    ChannelService channels;

    @Inject
    SiteSettings site;

    @Inject
    ArticleService articles;

    @GET
    public Response list(@QueryParam("status") String status, @QueryParam("channel") String channel,
                         @QueryParam("author") String author, @QueryParam("q") String q,
                         @QueryParam("view") String view, @QueryParam("cursor") String cursor) {
        NewsroomListQuery query = NewsroomListQuery.of(status, channel, author, q, view, cursor);
        List<NewsroomOption> options = new ArrayList<>();
        options.add(new NewsroomOption("", "全部栏目", query.channel().isEmpty()));
        channels.all().forEach(c -> options.add(new NewsroomOption(c.getId(), c.getName(), c.getId().equals(query.channel()))));
        return page(new NewsroomListPage(user(), query, options, site.zone().getId()));
    }

    @GET
    @Path("articles/new")
    public Response newArticle() {
        return page(new NewsroomEditorPage(null, site.zone().getId(), channelOptions(), user()));
    }

    @GET
    @Path("articles/{id}/edit")
    public Response edit(@PathParam("id") String id) {
        return page(new NewsroomEditorPage(existingArticle(id), site.zone().getId(), channelOptions(), user()));
    }

    @GET
    @Path("articles/{id}/history")
    public Response history(@PathParam("id") String id) {
        return page(new NewsroomHistoryPage(existingArticle(id), site.zone().getId(), user()));
    }

    @GET
    @Path("review")
    public Response review() {
        return page(new NewsroomQueuePage(NewsroomQueuePage.Kind.REVIEW, site.zone().getId(), user()));
    }

    @GET
    @Path("scheduled")
    public Response scheduled() {
        return page(new NewsroomQueuePage(NewsroomQueuePage.Kind.SCHEDULED, site.zone().getId(), user()));
    }

    private List<NewsroomOption> channelOptions() {
        return channels.all().stream().map(c -> new NewsroomOption(c.getId(), c.getName(), false)).toList();
    }

    private NewsroomUser user() {
        org.inkstone.account.Account account = caller.requireAccount();
        return new NewsroomUser(account.getDisplayName(), account.role());
    }

    /** A page: a malformed id is a missing page (404), as on the reader's article page. */
    private static long articleId(String id) {
        return Id.tryParse(id).orElseThrow(() -> new jakarta.ws.rs.NotFoundException()).value();
    }

    /** The id of an article that exists (in any state): else the 404 page, as for a malformed id. */
    private long existingArticle(String id) {
        long n = articleId(id);
        if (articles.status(n).isEmpty()) {
            throw new ArticleNotFoundException(n);
        }
        return n;
    }

    private Response page(Page page) {
        CacheControl cc = new CacheControl();
        cc.setNoStore(true);
        cc.setNoCache(true);
        cc.setPrivate(true);
        return Response.ok(pages.render(page)).cacheControl(cc).build();
    }
}
