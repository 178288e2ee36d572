package org.inkstone.newsroom;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.inkstone.account.Caller;
import org.inkstone.account.CallerSecurity;
import org.inkstone.account.Role;
import org.inkstone.common.Id;

/**
 * {@code POST /api/admin/articles/{id}/withdraw {reason}}: 撤稿, the newsroom's {@code withdraw} transition at the
 * article's current version (audited; the page and {@code GET /api/articles/{id}} then answer 410). For a chief
 * editor, an admin, or the operators' token (audited without an account). 204; 400 {@code reason_required}; 404
 * for an unknown id; 409 {@code invalid_transition} when it is not published. Threat: anyone reaching the port
 * could otherwise take articles down.
 */
@Path("api/admin/articles/{id}/withdraw")
@RolesAllowed(Role.Names.CHIEF_EDITOR)
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class AdminWithdrawResource {

    @Inject
    NewsroomService newsroom;

    @Inject
    Caller caller;

    /** The body: why (required, 1–500 characters). */
    public static class Reason {
        public String reason;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response withdraw(@PathParam("id") Id id, Reason body, @Context SecurityContext security) {
        boolean token = security.getUserPrincipal() != null
                && CallerSecurity.TOKEN_PRINCIPAL.equals(security.getUserPrincipal().getName());
        Workflow.Actor actor = NewsroomService.actor(token ? java.util.Optional.empty() : caller.account(), token);
        newsroom.readersChanged(newsroom.withdraw(id.value(), body == null ? null : body.reason, actor).outboxId());
        return Response.noContent().build();
    }
}
