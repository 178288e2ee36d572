package org.inkstone.comment;

import com.ibm.icu.text.Normalizer2;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.inkstone.captcha.CaptchaException;
import org.inkstone.captcha.CaptchaService;
import org.inkstone.article.ArticleNotFoundException;
import org.inkstone.common.InvalidParameterException;
import org.inkstone.common.TooManyRequestsException;
import org.inkstone.moderation.Candidate;
import org.inkstone.moderation.ModerationPolicy;
import org.inkstone.moderation.Verdict;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * Posting a comment: the whole pipeline, in this order, each step refusing before the next one runs:
 * <ol>
 *   <li>the author's block (403 {@link BlockedException}): a blocked author is refused before any limit counts;</li>
 *   <li>the rate limits ({@link CommentLimits}; 429 {@link TooManyRequestsException}), which also tell whether a
 *       CAPTCHA is needed;</li>
 *   <li>the input: nickname, e-mail and body, sanitized and measured (400 {@link InvalidParameterException}
 *       naming {@code nickname} or {@code body}), so a bad post does not burn a CAPTCHA;</li>
 *   <li>the CAPTCHA, when needed ({@link CaptchaException}; burns the challenge);</li>
 *   <li>the moderation verdict ({@link ModerationPolicy}: publish, or hold with a reason);</li>
 *   <li>the store, one transaction ({@link CommentStore#insert}: 404 unpublished article, 400 bad parent,
 *       409 {@link DuplicateCommentException});</li>
 *   <li>after it committed, one {@link CommentChanged} event for the article.</li>
 * </ol>
 * Nothing is stored unless every check passes. The limits count refused posts too, except that an account's
 * post refused for what it said (input, article, parent, duplicate) is taken back ({@link CommentLimits#refund}),
 * so it does not bring the account's CAPTCHA threshold nearer. Thread-safe (stateless).
 */
@ApplicationScoped
public class CommentService {

    /** The action CAPTCHA challenges for comments are issued for. */
    public static final String CAPTCHA_ACTION = "comment";

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private final Blocks blocks;
    private final CommentLimits limits;
    private final Nicknames nicknames;
    private final CaptchaService captchas;
    private final ModerationPolicy policy;
    private final CommentStore store;
    private final Event<CommentChanged> changed;
    private final CommentSettings settings;
    private final Clock clock;

    @Inject
    public CommentService(Blocks blocks, CommentLimits limits, Nicknames nicknames, CaptchaService captchas,
                          ModerationPolicy policy, CommentStore store, Event<CommentChanged> changed,
                          CommentSettings settings) {
        this(blocks, limits, nicknames, captchas, policy, store, changed, settings, Clock.systemUTC());
    }

    /** For tests: a fixed {@code clock}. */
    public CommentService(Blocks blocks, CommentLimits limits, Nicknames nicknames, CaptchaService captchas,
                          ModerationPolicy policy, CommentStore store, Event<CommentChanged> changed,
                          CommentSettings settings, Clock clock) {
        this.blocks = blocks;
        this.limits = limits;
        this.nicknames = nicknames;
        this.captchas = captchas;
        this.policy = policy;
        this.store = store;
        this.changed = changed;
        this.settings = settings;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected CommentService() {
        this(null, null, null, null, null, null, null, null, null);
    }

    /**
     * Posts {@code in} on article {@code articleId} as {@code author}, through the steps above.
     *
     * @return the new comment's id and status ({@code approved}, or {@code pending} when the policy holds it)
     */
    public Posted post(long articleId, NewComment in, Author author) {
        blocks.requireNotBlocked(author);
        boolean captcha = limits.admit(author);
        PreparedComment p;
        try {
            p = prepare(in, author);
        } catch (InvalidParameterException e) {
            limits.refund(author);
            throw e;
        }
        if (captcha) {
            captchas.verify(in.captchaId(), in.captchaAnswer(), CAPTCHA_ACTION, articleId);
        }
        Verdict verdict = policy.judge(new Candidate(p.text(), p.rendered().hasLinks(), author.accountId() == null,
                author.staff(), author.clientHash()));
        Posted posted;
        try {
            posted = store.insert(articleId, p, author, verdict, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        } catch (InvalidParameterException | ArticleNotFoundException | DuplicateCommentException e) {
            limits.refund(author); // refused for what it said: nothing stored
            throw e;
        }
        changed.fire(new CommentChanged(articleId));
        return posted;
    }

    /**
     * Checks nickname (anonymous writers; an account writes under its display name), e-mail (anonymous only)
     * and body without touching the database. The body must keep 1 to {@link CommentSettings#maxChars()}
     * visible characters after sanitizing, and its source may be at most 20 times that long.
     *
     * @throws InvalidParameterException naming {@code nickname} or {@code body}
     */
    PreparedComment prepare(NewComment in, Author author) {
        String nickname = author.accountId() != null ? author.displayName() : nicknames.check("nickname", in.nickname());
        String email = author.accountId() != null || in.email() == null || in.email().isBlank() ? null : in.email().strip();
        String text = NFC.normalize(in.body() == null ? "" : in.body().strip());
        int max = settings.maxChars();
        if (text.codePointCount(0, text.length()) > max * 20L) { // markup may be long, but not unbounded
            throw new InvalidParameterException("body", "评论不能超过 " + max + " 个字");
        }
        CommentHtml.Rendered rendered = CommentHtml.render(text);
        if (rendered.textLength() < 1 || rendered.html().isBlank()) {
            throw new InvalidParameterException("body", "评论内容不能为空");
        }
        if (rendered.textLength() > max) {
            throw new InvalidParameterException("body", "评论不能超过 " + max + " 个字（现有 " + rendered.textLength() + " 个）");
        }
        return new PreparedComment(nickname, email, text, rendered, in.parentId());
    }

    /** Removes expired duplicate windows; returns the rows removed. */
    public int purgeDuplicateGuards() {
        return store.purgeDuplicateGuards(clock.instant());
    }
}
