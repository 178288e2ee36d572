package org.inkstone.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.inkstone.common.RateLimit;
import org.inkstone.common.RateLimiter;
import org.inkstone.common.TooManyRequestsException;

import java.time.Clock;

/**
 * Readers flag approved comments. In order: the flagger's block (403 {@link BlockedException}), the flag
 * limit ({@link RateLimit#FLAG} per account, else per client address; 429 {@link TooManyRequestsException}),
 * then the flag itself in one transaction ({@link CommentStore#flag}: 404 {@link CommentNotFoundException},
 * 409 {@link AlreadyFlaggedException}), then a {@link CommentChanged} event. At
 * {@link CommentSettings#flagThreshold()} flags a reader's comment goes back to the moderation queue; staff
 * comments never do (their flags are still recorded). A moderator's approval resets the count. Thread-safe.
 */
@ApplicationScoped
public class CommentFlags {

    @Inject
    Blocks blocks;

    @Inject
    RateLimiter limiter;

    @Inject
    CommentStore store;

    @Inject
    CommentSettings settings;

    @Inject
    Event<CommentChanged> changed;

    private final Clock clock = Clock.systemUTC();

    /** {@code author} flags comment {@code commentId} for {@code reason} ({@code spam}, {@code abuse}, {@code off-topic}, {@code other}). */
    public void flag(long commentId, Author author, String reason) {
        blocks.requireNotBlocked(author);
        limiter.hit(RateLimit.FLAG, author.subject());
        long articleId = store.flag(commentId, author.subject().key(), reason, settings.flagThreshold(), clock.instant());
        changed.fire(new CommentChanged(articleId));
    }
}
