package org.inkstone.web;

/**
 * One partner's page ({@code /newsroom/partners/{id}}, administrators): its delivery log (status, attempts, last
 * response code and error, times) with redeliver, and a backfill of the newest items; a server-rendered frame driven
 * by {@code assets/newsroom-partner.js} against the admin API.
 *
 * @param partnerId   the partner
 * @param name        its name (plain text; the heading)
 * @param format      its format id ({@code ninjs} or {@code newsml-g2})
 * @param backfillMax the largest backfill ({@code inkstone.syndication.backfill-max}, items)
 * @param user        the logged-in administrator
 * @param zone        the site zone's id: the log's times are shown in it
 */
public record NewsroomPartnerPage(long partnerId, String name, String format, int backfillMax, NewsroomUser user, String zone)
        implements Page {

    @Override
    public String template() {
        return "newsroom-partner.mustache";
    }

    @Override
    public String pageTitle() {
        return "合作媒体：" + name;
    }

    /** The heading: the page title. */
    public String title() {
        return pageTitle();
    }

    public NewsroomNav newsroomNav() {
        return NewsroomNav.PARTNERS;
    }
}
