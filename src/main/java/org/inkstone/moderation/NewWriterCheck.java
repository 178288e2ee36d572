package org.inkstone.moderation;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * Holds anonymous comments from a client address with fewer than {@link ModerationSettings#trustedAfter()}
 * approved comments ({@link WriterHistory}): with the default 1, a new anonymous writer's first comment waits
 * for a moderator ({@code 新匿名作者的首条评论}). Logged-in writers are known by their account and pass.
 * Reads the database once per anonymous comment, so it runs last. Thread-safe.
 */
@Dependent
public final class NewWriterCheck implements CommentCheck {

    static final String FIRST_COMMENT = "新匿名作者的首条评论";

    private final WriterHistory history;
    private final int trustedAfter;

    @Inject
    public NewWriterCheck(WriterHistory history, ModerationSettings settings) {
        this.history = history;
        this.trustedAfter = settings.trustedAfter();
    }

    @Override
    public Verdict check(Candidate comment) {
        if (!comment.anonymous() || trustedAfter == 0) {
            return Verdict.approve();
        }
        long approved = history.approvedByClient(comment.clientHash(), trustedAfter);
        if (approved >= trustedAfter) {
            return Verdict.approve();
        }
        return Verdict.hold(approved == 0 ? FIRST_COMMENT
                : "新匿名作者（已通过 " + approved + " 条，需 " + trustedAfter + " 条）");
    }

    @Override
    public int priority() {
        return 300;
    }
}
