package org.inkstone.web;

/**
 * The history of one article ({@code newsroom-history.mustache}, {@code /newsroom/articles/{id}/history}):
 * revisions (with preview and restore), the audit of transitions, and a character-level diff between any two
 * revisions shown with {@code ins}/{@code del}; loaded by {@code assets/newsroom-history.js}.
 *
 * @param articleId the article
 * @param zone      the site zone's id: times are shown in it
 * @param user      the logged-in staff member (name and role: the navigation shows the links the role may open)
 */
public record NewsroomHistoryPage(long articleId, String zone, NewsroomUser user) implements Page {

    /** No navigation link is current. */
    public NewsroomNav newsroomNav() {
        return NewsroomNav.NONE;
    }

    @Override
    public String template() {
        return "newsroom-history.mustache";
    }

    @Override
    public String pageTitle() {
        return "稿件 #" + articleId + " 的历史";
    }
}
