package org.inkstone.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.inkstone.account.Account;
import org.inkstone.account.Caller;
import org.inkstone.account.Role;

/**
 * {@code /admin/comments}: the moderation queue page for moderators and above (driven by
 * {@code assets/moderation.js} against {@code /api/admin/comments}). Anonymous visitors are sent to the
 * log-in page (303, by {@code ErrorMappers.RoleRefused}); logged-in readers get a 403 page.
 */
@Path("admin/comments")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@RequestScoped
@RolesAllowed(Role.Names.MODERATOR)
public class ModerationPageResource {

    @Inject
    Pages pages;

    @Inject
    Caller caller;

    @GET
    public Response page() {
        Account account = caller.requireAccount();
        return Response.ok(pages.render(new ModerationPage(account.getDisplayName()))).build();
    }
}
