package org.inkstone.comment;

import org.inkstone.common.InkstoneException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.inkstone.account.Account;
import org.inkstone.account.Caller;
import org.inkstone.account.Role;
import org.inkstone.common.Id;
import org.inkstone.common.SiteSettings;
import org.inkstone.common.Params;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The moderation API for moderators and above (401 {@code login_required} / 403 {@code forbidden} otherwise):
 * <ul>
 *   <li>{@code GET /api/admin/comments?status=pending|approved|rejected|spam|deleted&article=&cursor=&size=}
 *       → {@code {items, nextCursor}}, newest first;</li>
 *   <li>{@code POST /api/admin/comments/actions} {@code {ids, action}} with action approve, reject, spam or
 *       delete → {@code {changed}};</li>
 *   <li>{@code DELETE /api/admin/comments/{id}} → 204 (404 for an unknown id).</li>
 * </ul>
 * Every change is written to the moderation log with the moderator's account id.
 */
@Path("api/admin/comments")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed(Role.Names.MODERATOR)
public class AdminCommentResource {

    /**
     * A queue entry: the comment with what a moderator needs to decide (never the e-mail address);
     * {@code reason} is why it was held or sent back (e.g. {@code 含链接}), null if it never was.
     */
    public record QueueItem(long id, long articleId, String articleTitle, Long parentId, String nickname, String bodyHtml,
                            String status, OffsetDateTime createdAt, String clientHash, Long accountId, String username,
                            int flags, String reason) {
    }

    /** {@code {items, nextCursor}}. */
    public record Queue(List<QueueItem> items, String nextCursor) {
    }

    /** A bulk action. */
    public record Action(@NotEmpty(message = "至少一条") @Size(max = 500, message = "最多 500 条")
                         @JsonbTypeDeserializer(Id.JsonList.class) List<Long> ids,
                         @NotNull(message = "必填") @Pattern(regexp = "approve|reject|spam|delete",
                                 message = "只能是 approve、reject、spam 或 delete") String action) {
    }

    /** {@code {changed}}. */
    public record Changed(int changed) {
    }

    @Inject
    ModerationQueue queue;

    @Inject
    Caller caller;

    @Inject
    SiteSettings site;

    @GET
    public Queue list(@QueryParam("status") @DefaultValue("pending") @Pattern(regexp = "pending|approved|rejected|spam|deleted",
                              message = "状态无效") String status,
                      @QueryParam("article") Id article,
                      @QueryParam("cursor") Id cursor,
                      @QueryParam("size") @Pattern(regexp = Params.SIZE, message = "须为 1–100") String size) {
        caller.requireAccount(); // the queue shows client hashes: staff with an account, not the script token
        ModerationQueue.Slice slice = queue.list(CommentStatus.valueOf(status.toUpperCase(Locale.ROOT)),
                article == null ? null : article.value(), cursor == null ? null : cursor.value(),
                Params.intOr(size, 50));
        return new Queue(slice.items().stream().map(c -> new QueueItem(c.getId(), c.getArticleId(), c.getArticleTitle(),
                c.getParentId(), c.getNickname(), c.getBodyHtml(), c.getStatus(), c.getCreatedAt().atZone(site.zone()).toOffsetDateTime(),
                c.getClientHash(), c.getAccountId(), c.getUsername(), c.getFlags(), c.getHoldReason())).toList(),
                slice.nextCursor());
    }

    @POST
    @Path("actions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Changed act(@Valid @NotNull(message = "缺少请求内容") Action body) {
        Account moderator = caller.requireAccount();
        CommentStatus target = switch (body.action()) {
            case "approve" -> CommentStatus.APPROVED;
            case "reject" -> CommentStatus.REJECTED;
            case "spam" -> CommentStatus.SPAM;
            default -> CommentStatus.DELETED;
        };
        return new Changed(queue.moderate(body.ids(), target, moderator.getId()));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") Id commentId) {
        Account moderator = caller.requireAccount();
        queue.delete(commentId.value(), moderator.getId());
        return Response.noContent().build();
    }

}
