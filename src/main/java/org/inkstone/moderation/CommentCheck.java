package org.inkstone.moderation;

/**
 * One moderation rule, in the manner of Apache Roller's comment validators: it looks at a new comment and
 * either lets it pass or holds it with a reason. A rule is added by adding a CDI bean that implements this
 * interface; {@link ModerationPolicy} finds every one and asks them in {@link #priority()} order, cheapest
 * first. Implementations are thread-safe and never see staff comments.
 */
public interface CommentCheck {

    /** {@link Verdict#approve()} to pass the comment to the next rule, or {@link Verdict#hold} to queue it. */
    Verdict check(Candidate comment);

    /** Lower runs first; rules that read the database should come after those that only read the text. */
    int priority();
}
