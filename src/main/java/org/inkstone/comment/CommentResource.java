package org.inkstone.comment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.inkstone.common.Params;

/**
 * {@code /api/articles/{id}/comments}: the thread list ({@code GET ?order=newest|oldest&cursor=&size=}, size
 * 1–100, default 20) and posting ({@code POST}, 201 {@link Posted} with {@code Location}). The posting rules and
 * their order (block, rate limit, input, CAPTCHA, moderation, store) are {@link CommentService}'s; this class
 * only reads the request and builds the response.
 */
@Path("api/articles/{id: [1-9][0-9]{0,17}}/comments")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class CommentResource {

    @Inject
    CommentService comments;

    @Inject
    CommentPages pages;

    @Inject
    Writers writers;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @Context
    UriInfo uriInfo;

    @GET
    public Response list(@PathParam("id") long articleId,
                         @QueryParam("order") @DefaultValue("newest") @Pattern(regexp = "newest|oldest", message = "只能是 newest 或 oldest") String order,
                         @QueryParam("cursor") @Pattern(regexp = "[1-9][0-9]{0,17}", message = "游标无效") String cursor,
                         @QueryParam("size") @Pattern(regexp = Params.SIZE, message = "须为 1–100") String size) {
        CommentPage page = pages.page(articleId, "oldest".equals(order), cursor == null ? null : Long.valueOf(cursor),
                Params.intOr(size, 20), writers.viewerKey(request));
        CacheControl cc = new CacheControl();
        cc.setPrivate(true);
        cc.setNoCache(true);
        return Response.ok(page).cacheControl(cc).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response post(@PathParam("id") long articleId, @Valid @NotNull(message = "缺少请求内容") NewComment body) {
        Posted posted = comments.post(articleId, body, writers.author(request, response));
        return Response.created(uriInfo.getAbsolutePathBuilder().queryParam("order", "newest").build())
                .entity(posted).build();
    }
}
