package org.inkstone.web;

/**
 * The moderation queue page ({@code moderation.mustache}); the queue itself is loaded by script.
 *
 * @param moderator the display name of the logged-in moderator
 */
public record ModerationPage(String moderator) implements Page {

    @Override
    public String template() {
        return "moderation.mustache";
    }

    @Override
    public String pageTitle() {
        return "评论审核";
    }
}
