package org.inkstone.web;

import java.util.List;

/**
 * One of the newsroom's administration pages ({@code /newsroom/channels}, {@code /newsroom/picks},
 * {@code /newsroom/accounts}, {@code /newsroom/partners}): server-rendered frames whose lists and forms are driven by
 * {@code assets/newsroom-<area>.js} against the admin API. Each includes the newsroom navigation
 * ({@code newsroom-nav.mustache}).
 *
 * @param area    {@code channels}, {@code picks}, {@code accounts} or {@code partners}: the template {@code newsroom-<area>.mustache}
 * @param title   the page's heading and title (plain text)
 * @param user    the logged-in staff member (name and role: the navigation shows the links the role may open)
 * @param options choices a form offers that the server knows (channels for picks and partners, roles for accounts); may be empty
 * @param zone    the site zone's id ({@code inkstone.site.zone}, e.g. {@code Asia/Shanghai}): the picks' 到期时间 are
 *                entered and shown in it
 */
public record NewsroomAdminPage(String area, String title, NewsroomUser user, List<Option> options, String zone)
        implements Page {

    /** A choice of a {@code select}: its value and its label (both plain text). */
    public record Option(String value, String label) {
    }

    public NewsroomAdminPage {
        options = List.copyOf(options);
    }

    @Override
    public String template() {
        return "newsroom-" + area + ".mustache";
    }

    @Override
    public String pageTitle() {
        return title;
    }

    /** The newsroom navigation's current link: this page's area. */
    public NewsroomNav newsroomNav() {
        return switch (area) {
            case "channels" -> NewsroomNav.CHANNELS;
            case "picks" -> NewsroomNav.PICKS;
            case "accounts" -> NewsroomNav.ACCOUNTS;
            case "partners" -> NewsroomNav.PARTNERS;
            default -> NewsroomNav.NONE;
        };
    }
}
