package org.inkstone.web;

/**
 * A newsroom queue ({@code newsroom-queue.mustache}): the review queue per level ({@code /newsroom/review})
 * or the scheduled list ({@code /newsroom/scheduled}), loaded by {@code assets/newsroom-list.js}.
 *
 * @param kind {@link Kind#REVIEW} or {@link Kind#SCHEDULED}
 * @param zone the site zone's id: times are shown in it
 * @param user the logged-in staff member (name and role: the navigation shows the links the role may open)
 */
public record NewsroomQueuePage(Kind kind, String zone, NewsroomUser user) implements Page {

    /** Which queue. */
    public enum Kind { REVIEW, SCHEDULED }

    /** Whether this is the review queue. */
    public boolean review() {
        return kind == Kind.REVIEW;
    }

    /** The value of the page's {@code data-queue} attribute: {@code review} or {@code scheduled}. */
    public String queue() {
        return review() ? "review" : "scheduled";
    }

    public NewsroomNav newsroomNav() {
        return review() ? NewsroomNav.REVIEW : NewsroomNav.SCHEDULED;
    }

    @Override
    public String template() {
        return "newsroom-queue.mustache";
    }

    @Override
    public String pageTitle() {
        return review() ? "审核队列" : "定时发布";
    }
}
