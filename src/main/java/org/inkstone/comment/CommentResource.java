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
import org.inkstone.captcha.CaptchaService;
import org.inkstone.common.Id;
import org.inkstone.common.MaxBodyBytes;
import org.inkstone.common.RateLimiter;
import org.inkstone.common.TooManyRequestsException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code /api/articles/{id}/comments}: the thread list ({@code GET ?order=newest|oldest&cursor=&size=}, size
 * 1–100, default 20) and posting ({@code POST}, 201 {@link Posted} with {@code Location}). The posting rules and
 * their order (block, rate limit, input, CAPTCHA, moderation, store) are {@link CommentService}'s; this class
 * only reads the request and builds the response.
 */
@Tag(name = "comments", description = "文章的评论")
@Path("api/articles/{id}/comments")
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

    @Operation(summary = "评论列表", description = "order=newest|oldest，cursor 为上一页的 nextCursor，size 1–100（默认 20）。")
    @APIResponse(responseCode = "200", description = "{count, items, nextCursor}", content = @Content(schema = @Schema(ref = "CommentPage")))
    @APIResponse(responseCode = "400", description = "参数无效（invalid_parameter，fields 指明字段）")
    @GET
    public Response list(@PathParam("id") Id article,
                         @QueryParam("order") @DefaultValue("newest") @Pattern(regexp = "newest|oldest", message = "只能是 newest 或 oldest") String order,
                         @QueryParam("cursor") Id cursor,
                         @QueryParam("size") @Pattern(regexp = Params.SIZE, message = "须为 1–100") String size) {
        long articleId = article.value();
        CommentPage page = pages.page(articleId, "oldest".equals(order), cursor == null ? null : cursor.value(),
                Params.intOr(size, 20), writers.viewerKey(request));
        CacheControl cc = new CacheControl();
        cc.setPrivate(true);
        cc.setNoCache(true);
        return Response.ok(page).cacheControl(cc).build();
    }

    @Operation(summary = "发表评论", description = "匿名读者与超过阈值的账号需要验证码（先 POST /api/captcha）。请求体最大 64 KiB，未知字段为 400。")
    @APIResponse(responseCode = "201", description = "{id, status}", content = @Content(schema = @Schema(ref = "Posted")))
    @APIResponse(responseCode = "400", description = "参数无效（invalid_parameter，fields 指明字段）")
    @APIResponse(responseCode = "403", description = "已被封禁（blocked）")
    @APIResponse(responseCode = "404", description = "不存在")
    @APIResponse(responseCode = "409", description = "重复评论（duplicate_comment）")
    @APIResponse(responseCode = "413", description = "请求内容过大（payload_too_large）")
    @APIResponse(responseCode = "429", description = "过于频繁（rate_limited，见 Retry-After）")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @MaxBodyBytes(64 * 1024) // 2,000 characters of text plus markup; a client that escapes every non-ASCII character as \\uXXXX needs up to 12 bytes a character
    public Response post(@PathParam("id") Id article, @Valid @NotNull(message = "缺少请求内容") NewComment body) {
        long articleId = article.value();
        Posted posted = comments.post(articleId, body, writers.author(request, response));
        return Response.created(uriInfo.getAbsolutePathBuilder().queryParam("order", "newest").build())
                .entity(posted).build();
    }
}
