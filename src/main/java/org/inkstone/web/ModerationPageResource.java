package org.inkstone.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.inkstone.account.Account;
import org.inkstone.account.Caller;
import org.inkstone.account.Role;

import java.net.URI;
import java.util.Optional;

/**
 * {@code /admin/comments}: the moderation queue page for moderators and above (driven by
 * {@code assets/moderation.js} against {@code /api/admin/comments}). Anonymous visitors are sent to the
 * log-in page (303); logged-in readers get a 403 page.
 */
@Path("admin/comments")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@RequestScoped
public class ModerationPageResource {

    @Inject
    Pages pages;

    @Inject
    Caller caller;

    @Inject
    ServletContext servletContext;

    @GET
    public Response page() {
        Optional<Account> account = caller.account();
        if (account.isEmpty()) {
            String ctx = servletContext.getContextPath();
            return Response.seeOther(URI.create(ctx + "/login?return=" + ctx + "/admin/comments")).build();
        }
        caller.require(Role.MODERATOR);
        return Response.ok(pages.render(new ModerationPage(account.get().getDisplayName()))).build();
    }
}
