package org.inkstone.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.enterprise.inject.Instance;
import org.inkstone.common.ClientAddress;
import org.inkstone.common.InkstoneConfig;
import org.inkstone.common.RateLimit;
import org.inkstone.common.RateLimiter;
import org.inkstone.common.Subject;
import org.inkstone.common.TooManyRequestsException;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code /api/session}: log in ({@code POST}, 200 with the {@link SessionView}; 401 {@code invalid_credentials}),
 * log out ({@code DELETE}, 204), who am I ({@code GET}). Failed log-ins are limited in 15-minute windows, then
 * 429: {@code inkstone.account.login.max-failures} per client address and per user name from one address,
 * and ten times that per user name from all addresses (so a guesser elsewhere cannot lock the owner out with a
 * handful of tries, while a spread-out attack on one name is still bounded). An attempt is counted before the
 * password is checked and taken back if it succeeds, so concurrent guesses cannot slip past the count. A log-in
 * first ends the session's current log-in, whoever it was: wrong credentials leave nobody logged in, right ones
 * log in exactly their account under a new session id (no session fixation), bound to the account's session
 * epoch ({@link Caller}). A log-out (and the log-in's ending of the previous log-in) ends the session on every
 * clustered node ({@link EndedSessions}).
 */
@Tag(name = "session", description = "登录会话")
@Path("api/session")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SessionResource {

    @Inject
    SecurityContext security;

    @Inject
    Caller caller;

    @Inject
    RateLimiter limiter;

    @Inject
    ClientAddress clients;

    @Inject
    InkstoneConfig config;

    @Inject
    Instance<CaptchaRequirement> captchaRequirement;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    private record Attempt(RateLimiter.Limit limit, String subject) {
    }

    @Operation(summary = "当前会话", description = "未登录时 authenticated 为 false。")
    @APIResponse(responseCode = "200", description = "会话", content = @Content(schema = @Schema(ref = "SessionView")))
    @GET
    public SessionView get() {
        return caller.account().map(this::view).orElse(SessionView.anonymous());
    }

    @Operation(summary = "登录", description = "会话保存在 HttpOnly 的 JSESSIONID cookie 中。")
    @APIResponse(responseCode = "200", description = "会话", content = @Content(schema = @Schema(ref = "SessionView")))
    @APIResponse(responseCode = "401", description = "用户名或密码错误（invalid_credentials）")
    @APIResponse(responseCode = "429", description = "过于频繁（rate_limited，见 Retry-After）")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public SessionView logIn(@Valid @NotNull(message = "缺少请求内容") Credentials credentials) {
        List<Attempt> attempts = List.of(
                new Attempt(RateLimit.LOGIN_FAILURE.limit(config), Subject.client(clients.hash(request)).key()),
                new Attempt(RateLimit.LOGIN_FAILURE.limit(config), "uc:" + nameKey(credentials.username()) + ":" + clients.hash(request)),
                new Attempt(RateLimit.LOGIN_FAILURE_USER.limit(config), "u:" + nameKey(credentials.username())));
        // Count the attempt before checking the password (so concurrent guesses all count), take it back on success.
        boolean over = false;
        for (Attempt a : attempts) {
            over |= limiter.count(a.limit(), a.subject()) > a.limit().max();
        }
        // A log-in authenticates exactly the credentials it carries: whoever this session belonged to is logged
        // out first (else the container would answer with the session's caller whatever the password), so a
        // refused attempt leaves nobody logged in here.
        caller.endSession();
        if (over) {
            throw new TooManyRequestsException(RateLimit.LOGIN_FAILURE.windowSeconds());
        }
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(credentials.username(), credentials.password()))
                .newAuthentication(true));
        Principal principal = security.getCallerPrincipal();
        Account account = status == AuthenticationStatus.SUCCESS && principal != null ? caller.mapperLookup(principal.getName()) : null;
        if (account == null || !account.getUsername().equalsIgnoreCase(credentials.username())) {
            caller.endSession();
            throw InvalidCredentialsException.logIn();
        }
        attempts.forEach(a -> limiter.release(a.limit(), a.subject()));
        request.changeSessionId();
        caller.bind(account);
        return view(account);
    }

    @Operation(summary = "退出登录")
    @APIResponse(responseCode = "204", description = "已退出")
    @DELETE
    public Response logOut() {
        caller.endSession(); // on every node: the session id joins the ended sessions
        return Response.noContent().build();
    }

    private SessionView view(Account a) {
        return new SessionView(true, a.getId(), a.getUsername(), a.getDisplayName(), a.role().included(),
                captchaRequirement.isResolvable() && captchaRequirement.get().captchaRequired(a.getId()), a.isMustChangePassword());
    }

    /** A user name as the log-in limits count it: log-in ignores case, so ADMIN and admin are one name. */
    private static String nameKey(String username) {
        return username.toLowerCase(java.util.Locale.ROOT);
    }
}
