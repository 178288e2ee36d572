package org.inkstone.comment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.inkstone.common.Id;
import org.inkstone.common.RateLimiter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /api/comments/{id}/flags} with {@code {reason}} ({@code spam}, {@code abuse}, {@code off-topic}
 * or {@code other}): a reader reports an approved comment; 204. One flag per reader (account, else client
 * address) and comment (409 {@code already_flagged}); limited per reader per minute. Rules: {@link CommentFlags}.
 */
@Tag(name = "comments", description = "文章的评论")
@Path("api/comments/{id}/flags")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class FlagResource {

    /** The flag's body. */
    public record NewFlag(@NotNull(message = "必填") @Pattern(regexp = "spam|abuse|off-topic|other",
            message = "只能是 spam、abuse、off-topic 或 other") String reason) {
    }

    @Inject
    CommentFlags flags;

    @Inject
    Writers writers;

    @Context
    HttpServletRequest request;

    @Operation(summary = "举报评论", description = "reason：spam、abuse、off-topic 或 other；每位读者每条评论一次。")
    @APIResponse(responseCode = "204", description = "已记录")
    @APIResponse(responseCode = "400", description = "参数无效（invalid_parameter，fields 指明字段）")
    @APIResponse(responseCode = "404", description = "不存在")
    @APIResponse(responseCode = "409", description = "已举报过（already_flagged）")
    @APIResponse(responseCode = "413", description = "请求内容过大（payload_too_large）")
    @APIResponse(responseCode = "429", description = "过于频繁（rate_limited，见 Retry-After）")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response flag(@PathParam("id") Id id, @Valid @NotNull(message = "缺少请求内容") NewFlag body) {
        flags.flag(id.value(), writers.author(request, null), body.reason());
        return Response.noContent().build();
    }
}
