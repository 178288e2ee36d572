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
import org.inkstone.captcha.CaptchaService;
import org.inkstone.common.Params;
import org.inkstone.common.RateLimiter;
import org.inkstone.common.TooManyRequestsException;

/**
 * {@code /api/articles/{id}/comments}: the thread list ({@code GET ?order=newest|oldest&cursor=&size=}, size
 * 1–100, default 20) and posting ({@code POST}, 201 {@link Posted}). Order of checks for a post: block, rate
 * limit, input (400 naming the field), CAPTCHA (anonymous writers, and accounts over the threshold), then the
 * transaction (404, 409 duplicate). Nothing is stored unless every check passes. Staff accounts (moderator
 * and above) skip the rate limits and the CAPTCHA.
 */
@Path("api/articles/{id: [1-9][0-9]{0,17}}/comments")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class CommentResource {

    @Inject
    CommentService comments;

    @Inject
    CommentLimits limits;

    @Inject
    CommentPages pages;

    @Inject
    RateLimiter limiter;

    @Inject
    CaptchaService captchas;

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
        CommentService.Author author = writers.author(request, response);
        comments.requireNotBlocked(author);
        boolean captcha;
        if (author.staff()) {
            captcha = false; // staff (moderator and above) are neither limited nor asked for a CAPTCHA
        } else if (author.accountId() == null) {
            limiter.hit(limits.anonymous(), "c:" + author.clientHash());
            captcha = true;
        } else {
            long n = limiter.count(limits.account(), "a:" + author.accountId());
            if (n > limits.account().max()) {
                throw new TooManyRequestsException(60);
            }
            captcha = n > limits.captchaThreshold();
        }
        CommentService.Prepared prepared = comments.prepare(body, author);
        if (captcha) {
            captchas.verify(body.captchaId(), body.captchaAnswer(), "comment", articleId);
        }
        Posted posted = comments.post(articleId, prepared, author);
        pages.changed(articleId);
        return Response.created(uriInfo.getAbsolutePathBuilder().queryParam("order", "newest").build())
                .entity(posted).build();
    }
}
