package org.inkstone.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * Decides whether a new comment is published at once or queued for moderation ({@code pending}), by asking
 * every {@link CommentCheck} bean in {@link CommentCheck#priority()} order (ties by class name); the first
 * that holds the comment decides, and its reason is what the moderator sees. The shipped rules are
 * {@link LinkCheck}, {@link FlaggedWordsCheck} and {@link NewWriterCheck}; a new rule is a new class. Staff
 * (moderator and above) are never held and no rule is asked about them.
 *
 * <p>The rules are collected once, at construction. Thread-safe if the rules are.
 */
@ApplicationScoped
public class ModerationPolicy {

    private final List<CommentCheck> checks;

    @Inject
    public ModerationPolicy(@Any Instance<CommentCheck> checks) {
        this(StreamSupport.stream(checks.spliterator(), false).toList());
    }

    /** A policy over the given rules (tests); they are sorted as described above. */
    public ModerationPolicy(List<CommentCheck> checks) {
        this.checks = checks.stream().sorted(Comparator.comparingInt(CommentCheck::priority)
                .thenComparing(c -> c.getClass().getName())).toList();
    }

    /** For CDI proxies only. */
    protected ModerationPolicy() {
        this.checks = List.of();
    }

    /** The verdict on {@code comment}: the first rule's hold, else {@link Verdict#approve()}. */
    public Verdict judge(Candidate comment) {
        if (comment.staff()) {
            return Verdict.approve();
        }
        for (CommentCheck check : checks) {
            Verdict v = check.check(comment);
            if (v.held()) {
                return v;
            }
        }
        return Verdict.approve();
    }

    /** The rules in the order they are asked. */
    public List<CommentCheck> checks() {
        return checks;
    }
}
