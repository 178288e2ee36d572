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

/**
 * {@code POST /api/comments/{id}/flags} with {@code {reason}} ({@code spam}, {@code abuse}, {@code off-topic}
 * or {@code other}): a reader reports an approved comment; 204. One flag per reader (account, else client
 * address) and comment (409 {@code already_flagged}); limited per reader per minute. Rules: {@link CommentFlags}.
 */
@Path("api/comments/{id: [1-9][0-9]{0,17}}/flags")
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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response flag(@PathParam("id") long id, @Valid @NotNull(message = "缺少请求内容") NewFlag body) {
        flags.flag(id, writers.author(request, null), body.reason());
        return Response.noContent().build();
    }
}
