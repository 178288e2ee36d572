package org.inkstone.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.inkstone.common.ClientAddress;
import org.inkstone.common.InkstoneConfig;
import org.inkstone.common.RateLimit;
import org.inkstone.common.RateLimiter;
import org.inkstone.common.Subject;
import org.inkstone.common.TooManyRequestsException;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /api/accounts}: a reader registers; 201 {@code {id, username, displayName}}. Registrations are
 * limited per client address ({@code inkstone.account.register.per-hour}); 409 {@code username_taken}, or
 * {@code display_name_taken} when the display name looks like an account's (same confusable skeleton).
 * {@code PUT /api/accounts/me/password}: change one's password.
 */
@Tag(name = "accounts", description = "读者账号")
@Path("api/accounts")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class AccountResource {

    /** The public view of a new account. */
    public record Registered(long id, String username, String displayName) {
    }

    /** {@code PUT /api/accounts/me/password} body. */
    public record PasswordChange(@NotNull(message = "必填") @Size(min = 1, max = 128, message = "1–128 个字符") String currentPassword,
                                 @NotNull(message = "必填") @Size(min = 10, max = 128, message = "10–128 个字符") String newPassword) {
    }

    @Inject
    AccountService accounts;

    @Inject
    Caller caller;

    @Inject
    RateLimiter limiter;

    @Inject
    ClientAddress clients;

    @Inject
    InkstoneConfig config;

    @Context
    HttpServletRequest request;


    @Operation(summary = "注册", description = "用户名 3–32 个 a-z 0-9 _ . -；密码 10–128 个字符。")
    @APIResponse(responseCode = "201", description = "{id, username, displayName}", content = @Content(schema = @Schema(ref = "Registered")))
    @APIResponse(responseCode = "400", description = "参数无效（invalid_parameter，fields 指明字段）")
    @APIResponse(responseCode = "409", description = "用户名已被使用（username_taken）")
    @APIResponse(responseCode = "413", description = "请求内容过大（payload_too_large）")
    @APIResponse(responseCode = "429", description = "过于频繁（rate_limited，见 Retry-After）")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@Valid @NotNull(message = "缺少请求内容") NewAccount body) {
        limiter.hitClient(request, RateLimit.REGISTER);
        Account a = accounts.register(body);
        return Response.status(201).entity(new Registered(a.getId(), a.getUsername(), a.getDisplayName())).build();
    }

    /**
     * {@code PUT /api/accounts/me/password}: the logged-in caller changes their password (204). Every other
     * session of the account ends at once, on every node; this session continues under a new session id.
     * 401 when not logged in (or when another session changed the password first), 403
     * {@code invalid_credentials} for a wrong current password (counted like a failed log-in: 429 past
     * {@code inkstone.account.login.max-failures} per client address in 15 minutes; a successful change is
     * not counted).
     */
    @Operation(summary = "修改密码")
    @APIResponse(responseCode = "204", description = "已修改")
    @APIResponse(responseCode = "400", description = "参数无效（invalid_parameter，fields 指明字段）")
    @APIResponse(responseCode = "401", description = "未登录（login_required）")
    @APIResponse(responseCode = "403", description = "当前密码错误（invalid_credentials）")
    @PUT
    @Path("me/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.READER)
    public Response changePassword(@Valid @NotNull(message = "缺少请求内容") PasswordChange body) {
        Account me = caller.requireAccount(); // the admin token has the role, not an account with a password
        RateLimiter.Limit failures = RateLimit.LOGIN_FAILURE.limit(config);
        String subject = Subject.client(clients.hash(request)).key();
        // Counted before the check (concurrent guesses all count), taken back when the change succeeds.
        if (limiter.count(failures, subject) > failures.max()) {
            throw new TooManyRequestsException(RateLimit.LOGIN_FAILURE.windowSeconds());
        }
        int epoch;
        try {
            epoch = accounts.changePassword(me, body.currentPassword(), body.newPassword());
        } catch (SessionEndedException e) { // another session changed it first: this one has ended
            limiter.release(failures, subject);
            caller.endSession();
            throw e;
        }
        limiter.release(failures, subject);
        me.setSessionEpoch(epoch);
        me.setMustChangePassword(false);
        caller.renewSessionId(); // the old id ends on every node
        caller.bind(me);
        return Response.noContent().build();
    }
}
