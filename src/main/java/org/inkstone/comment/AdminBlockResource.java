package org.inkstone.comment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.inkstone.account.Account;
import org.inkstone.account.Caller;
import org.inkstone.account.Role;
import org.inkstone.common.Id;
import org.inkstone.common.InkstoneException;
import org.inkstone.common.InvalidParameterException;
import org.inkstone.common.Subject;

/**
 * {@code POST /api/admin/blocks} {@code {clientHash | accountId, hours, reason}}: a moderator blocks a client
 * address hash or a reader's account from posting and flagging for 1 hour to 1 year; 201 (404 for an unknown
 * account, 400 for a staff account). {@code DELETE} lifts a block. Both are logged with the moderator.
 */
@Path("api/admin/blocks")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed(Role.Names.MODERATOR)
public class AdminBlockResource {

    /** The block request: exactly one of {@code clientHash} and {@code accountId}. */
    public record NewBlock(@Pattern(regexp = "[0-9a-f]{64}", message = "须为 64 位十六进制") String clientHash,
                           @JsonbTypeDeserializer(Id.Json.class) Long accountId,
                           @NotNull(message = "必填") @Min(value = 1, message = "1–8760") @Max(value = 8760, message = "1–8760") Integer hours,
                           @NotNull(message = "必填") @Size(min = 1, max = 200, message = "1–200 个字符") String reason) {
    }

    /** {@code {subject, hours}}. */
    public record Blocked(String subject, int hours) {
    }

    @Inject
    Blocks blocks;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response block(@Valid @NotNull(message = "缺少请求内容") NewBlock body) {
        Account moderator = caller.requireAccount();
        Subject subject = subject(body.clientHash(), body.accountId());
        blocks.block(subject, body.hours(), body.reason(), moderator.getId());
        return Response.status(201).entity(new Blocked(subject.key(), body.hours())).build();
    }

    /** {@code DELETE /api/admin/blocks?clientHash=|accountId=}: lifts a block; 204, or 404 when there was none. */
    @DELETE
    public Response unblock(@QueryParam("clientHash") @Pattern(regexp = "[0-9a-f]{64}", message = "须为 64 位十六进制") String clientHash,
                            @QueryParam("accountId") Id accountId) {
        Account moderator = caller.requireAccount();
        blocks.unblock(subject(clientHash, accountId == null ? null : accountId.value()), moderator.getId());
        return Response.noContent().build();
    }


    /** Exactly one of the two names the subject. */
    private static Subject subject(String clientHash, Long accountId) {
        if ((clientHash == null) == (accountId == null)) {
            throw new InvalidParameterException(accountId == null ? "clientHash" : "accountId", "须给出 clientHash 或 accountId 之一");
        }
        return accountId != null ? Subject.account(accountId) : Subject.client(clientHash);
    }
}
