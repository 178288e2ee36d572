package org.inkstone.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.inkstone.account.Account;
import org.inkstone.account.Caller;
import org.inkstone.account.Role;
import org.inkstone.channel.ChannelService;
import org.inkstone.common.SiteSettings;
import org.inkstone.syndication.Partner;
import org.inkstone.syndication.PartnerService;
import org.inkstone.syndication.SyndicationSettings;

import java.util.Arrays;
import java.util.List;

/**
 * The newsroom's administration pages: {@code /newsroom/channels} (栏目管理, chief editors and above),
 * {@code /newsroom/picks} (推荐位, editors and above), {@code /newsroom/accounts} (账号管理, administrators),
 * {@code /newsroom/partners} (合作媒体, administrators) and {@code /newsroom/partners/{id}} (one partner's delivery
 * log, administrators; a 404 page for an unknown partner).
 * Anonymous visitors are sent to the log-in page (303); logged-in callers without the role get a 403 page.
 * The path holds a literal {@code newsroom/} prefix and names exactly these pages, so it wins over a
 * resource at {@code newsroom} for them and leaves every other {@code /newsroom/...} path to it.
 */
@Path("newsroom/{area: channels|picks|accounts|partners}")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@RequestScoped
public class NewsroomAdminPageResource {

    @Inject
    Pages pages;

    @Inject
    Caller caller;

    @Inject
    ChannelService channels;

    @Inject
    SiteSettings site;

    @Inject
    PartnerService partners;

    @Inject
    SyndicationSettings syndication;

    @GET
    @RolesAllowed(Role.Names.EDITOR)
    public String page(@jakarta.ws.rs.PathParam("area") String area) {
        Account account = caller.requireAccount();
        NewsroomUser user = new NewsroomUser(account.getDisplayName(), account.role());
        return switch (area) {
            case "channels" -> {
                requireRole(account, Role.Names.CHIEF_EDITOR);
                yield pages.render(new NewsroomAdminPage(area, "栏目管理", user, List.of(), zone()));
            }
            case "picks" -> pages.render(new NewsroomAdminPage(area, "推荐位管理", user, channelOptions(), zone()));
            case "partners" -> {
                requireRole(account, Role.Names.ADMIN);
                yield pages.render(new NewsroomAdminPage(area, "合作媒体", user, channelOptions(), zone()));
            }
            default -> {
                requireRole(account, Role.Names.ADMIN);
                yield pages.render(new NewsroomAdminPage(area, "账号管理", user, Arrays.stream(Role.values())
                        .map(r -> new NewsroomAdminPage.Option(r.id(), NewsroomUser.ROLE_NAMES.getOrDefault(r.id(), r.id()))).toList(), zone()));
            }
        };
    }

    /**
     * {@code /newsroom/partners/{id}}: one partner's delivery log with redeliver and backfill (administrators).
     *
     * @throws org.inkstone.syndication.PartnerNotFoundException for an unknown partner (a 404 page)
     */
    @GET
    @Path("{id: [1-9][0-9]{0,17}}")
    @RolesAllowed(Role.Names.EDITOR)
    public String partner(@jakarta.ws.rs.PathParam("area") String area, @jakarta.ws.rs.PathParam("id") long id) {
        if (!area.equals("partners")) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        Account account = caller.requireAccount();
        requireRole(account, Role.Names.ADMIN);
        Partner p = partners.require(id);
        return pages.render(new NewsroomPartnerPage(p.getId(), p.getName(), p.getFormat(), syndication.backfillMax(),
                new NewsroomUser(account.getDisplayName(), account.role()), zone()));
    }

    /** Every channel, children indented under their parent, for a form's select. */
    private List<NewsroomAdminPage.Option> channelOptions() {
        return channels.tree().all().stream().map(c -> new NewsroomAdminPage.Option(c.getId(),
                (c.getParentId() == null ? "" : "— ") + c.getName())).toList();
    }

    private String zone() {
        return site.zone().getId();
    }

    /**
     * The page's own role above the editor's, checked on the roles the account holds as {@code @RolesAllowed}
     * would (a 403 page otherwise, by {@code ErrorMappers.RoleRefused}).
     */
    private static void requireRole(Account account, String role) {
        if (!account.role().included().contains(role)) {
            throw new jakarta.ws.rs.ForbiddenException();
        }
    }
}
