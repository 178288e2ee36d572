package org.inkstone.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.inkstone.common.ClientAddress;
import org.inkstone.common.InkstoneConfig;
import org.inkstone.common.RateLimiter;

/**
 * {@code POST /api/accounts}: a reader registers; 201 {@code {id, username, displayName}}. Registrations are
 * limited per client address ({@code inkstone.account.register.per-hour}); 409 {@code username_taken}.
 */
@Path("api/accounts")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class AccountResource {

    /** The public view of a new account. */
    public record Registered(long id, String username, String displayName) {
    }

    @Inject
    AccountService accounts;

    @Inject
    RateLimiter limiter;

    @Inject
    ClientAddress clients;

    @Inject
    InkstoneConfig config;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@Valid @NotNull(message = "缺少请求内容") NewAccount body) {
        limiter.hit(new RateLimiter.Limit("register", config.getInt("inkstone.account.register.per-hour"), 3600),
                "c:" + clients.hash(request));
        Account a = accounts.register(body);
        return Response.status(201).entity(new Registered(a.getId(), a.getUsername(), a.getDisplayName())).build();
    }
}
