package org.inkstone.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
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
import org.inkstone.comment.CommentLimits;
import org.inkstone.common.ClientAddress;
import org.inkstone.common.InkstoneConfig;
import org.inkstone.common.InkstoneException;
import org.inkstone.common.RateLimiter;
import org.inkstone.common.TooManyRequestsException;

import java.util.Map;

/**
 * {@code /api/session}: log in ({@code POST}, 200 with the {@link SessionView}; 401 {@code invalid_credentials}),
 * log out ({@code DELETE}, 204), who am I ({@code GET}). Failed log-ins are limited per client address and per
 * user name ({@code inkstone.account.login.max-failures} per 15 minutes each, then 429); the session id
 * changes at log-in (no session fixation).
 */
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
    CommentLimits commentLimits;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @GET
    public SessionView get() {
        return caller.account().map(this::view).orElse(SessionView.anonymous());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public SessionView logIn(@Valid @NotNull(message = "缺少请求内容") Credentials credentials) {
        RateLimiter.Limit failures = new RateLimiter.Limit("login-fail", config.getInt("inkstone.account.login.max-failures"), 900);
        String client = "c:" + clients.hash(request);
        String user = "u:" + credentials.username();
        if (limiter.peek(failures, client) >= failures.max() || limiter.peek(failures, user) >= failures.max()) {
            throw new TooManyRequestsException(900);
        }
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(credentials.username(), credentials.password()))
                .newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            limiter.count(failures, client);
            limiter.count(failures, user);
            throw new InkstoneException(401, "invalid_credentials", "用户名或密码错误", Map.of());
        }
        request.changeSessionId();
        Account account = caller.account().orElseGet(() -> caller.mapperLookup(credentials.username()));
        return view(account);
    }

    @DELETE
    public Response logOut() throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return Response.noContent().build();
    }

    private SessionView view(Account a) {
        return new SessionView(true, a.getId(), a.getUsername(), a.getDisplayName(), a.role().included(),
                commentLimits.captchaRequired(a.getId()));
    }
}
