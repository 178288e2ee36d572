package org.inkstone.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.inkstone.account.AccountService;
import org.inkstone.common.InvalidParameterException;
import org.inkstone.common.Subject;
import org.mybatis.cdi.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Blocks: a moderator stops a client address or a reader's account from posting and flagging for a while.
 * Staff accounts cannot be blocked, and staff authors are never stopped. Every block and unblock is written
 * to the moderation log with the moderator. Thread-safe.
 */
@ApplicationScoped
public class Blocks {

    private final CommentStore store;
    private final CommentMapper mapper;
    private final AccountService accounts;
    private final Clock clock;

    @Inject
    public Blocks(CommentStore store, CommentMapper mapper, AccountService accounts) {
        this(store, mapper, accounts, Clock.systemUTC());
    }

    /** For tests: only {@link #requireNotBlocked} works without {@code mapper} and {@code accounts}. */
    public Blocks(CommentStore store, CommentMapper mapper, AccountService accounts, Clock clock) {
        this.store = store;
        this.mapper = mapper;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected Blocks() {
        this(null, null, null, null);
    }

    /** @throws BlockedException when the author's client address or account is blocked now (staff: never) */
    public void requireNotBlocked(Author author) {
        if (!author.staff() && store.blocked(author.blockSubjects(), clock.instant())) {
            throw new BlockedException();
        }
    }

    /**
     * Blocks {@code subject} for {@code hours} (replacing an earlier block of it), logged under {@code actorId}.
     *
     * @throws AccountNotFoundException for an unknown account
     * @throws InvalidParameterException ({@code accountId}) for a staff account
     */
    @Transactional
    public void block(Subject subject, int hours, String reason, long actorId) {
        if (subject.isAccount()) {
            var account = accounts.findById(subject.accountId()).orElseThrow(() -> new AccountNotFoundException(subject.accountId()));
            if (account.role().isStaff()) {
                throw new InvalidParameterException("accountId", "不能封禁工作人员账号");
            }
        }
        Instant now = clock.instant();
        mapper.upsertBlock(subject.key(), now.plus(Duration.ofHours(hours)), reason, actorId, now);
        mapper.insertLog(actorId, "block", null, subject.key(), hours + " h: " + reason, now);
    }

    /** Lifts the block of {@code subject}, logged under {@code actorId}. @throws BlockNotFoundException when there is none */
    @Transactional
    public void unblock(Subject subject, long actorId) {
        if (mapper.deleteBlock(subject.key()) == 0) {
            throw new BlockNotFoundException();
        }
        mapper.insertLog(actorId, "unblock", null, subject.key(), null, clock.instant());
    }
}
