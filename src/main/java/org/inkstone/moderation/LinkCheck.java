package org.inkstone.moderation;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * Holds comments that keep a link after sanitizing ({@code 含链接}), when
 * {@link ModerationSettings#holdLinks()}: links are what spam is for. Immutable; thread-safe.
 */
@Dependent
public final class LinkCheck implements CommentCheck {

    static final String REASON = "含链接";

    private final boolean holdLinks;

    @Inject
    public LinkCheck(ModerationSettings settings) {
        this.holdLinks = settings.holdLinks();
    }

    @Override
    public Verdict check(Candidate comment) {
        return holdLinks && comment.hasLinks() ? Verdict.hold(REASON) : Verdict.approve();
    }

    @Override
    public int priority() {
        return 100;
    }
}
