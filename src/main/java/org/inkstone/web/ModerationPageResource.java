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
import org.inkstone.channel.ChannelService;
import org.inkstone.common.InkstoneException;
import org.inkstone.web.Pages;

import java.util.Map;

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

    @Inject
    ChannelService channels;

    @GET
    public Response page() {
        Account account = caller.account().orElseThrow(() -> new InkstoneException(403, "forbidden", "审核需要以账号登录", Map.of()));
        return Response.ok(pages.render("moderation.mustache", Map.of("pageTitle", "评论审核", "channels", channels.all(),
                "moderator", account.getDisplayName()))).build();
    }
}
