package org.inkstone.comment;

import com.ibm.icu.text.Normalizer2;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.inkstone.account.AccountService;
import org.inkstone.article.ArticleNotFoundException;
import org.inkstone.common.InkstoneConfig;
import org.inkstone.common.InkstoneException;
import org.inkstone.common.InvalidParameterException;
import org.inkstone.common.KeyedHash;
import org.inkstone.common.Sql;
import org.mybatis.cdi.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Comments: posting, listing threads, flags and moderation. Every change of a comment's status and of an
 * article's count happens in one transaction that first locks the article row, so 共有 N 条评论 is exactly the
 * number of approved comments under any concurrency, and never negative (the column also has a CHECK).
 *
 * <p>Thread-safe (stateless; transactions are per call).
 */
@ApplicationScoped
public class CommentService {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    @Inject
    CommentMapper mapper;

    @Inject
    ModerationPolicy policy;

    @Inject
    AccountService accounts;

    @Inject
    KeyedHash keyedHash;

    @Inject
    InkstoneConfig config;

    /**
     * Who writes or reads: the account (null when anonymous), its display name, whether it is staff, the keyed
     * hash of the client address, and the writer key under which pending comments are shown to their writer.
     */
    public record Author(Long accountId, String displayName, boolean staff, String clientHash, String writerKey) {

        /** {@code a:<account id>} or {@code c:<client hash>}: whose duplicates, limits and blocks these are. */
        public String key() {
            return accountId != null ? "a:" + accountId : "c:" + clientHash;
        }
    }

    /** A comment whose input passed every check that needs no database. */
    public record Prepared(String nickname, String email, String text, CommentHtml.Rendered rendered, Long parentId) {
    }

    /**
     * Checks nickname, e-mail and body without touching the database (so a bad post does not burn a CAPTCHA).
     *
     * @throws InvalidParameterException naming {@code nickname} or {@code body}
     */
    public Prepared prepare(NewComment in, Author author) {
        String nickname = author.accountId() != null ? author.displayName()
                : accounts.checkNickname(in.nickname());
        String email = author.accountId() != null || in.email() == null || in.email().isBlank() ? null : in.email().strip();
        String text = NFC.normalize(in.body() == null ? "" : in.body().strip());
        int max = config.getInt("inkstone.comment.max-chars");
        if (text.codePointCount(0, text.length()) > max * 20) { // markup may be long, but not unbounded
            throw new InvalidParameterException("body", "评论不能超过 " + max + " 个字");
        }
        CommentHtml.Rendered rendered = CommentHtml.render(text);
        if (rendered.textLength() < 1 || rendered.html().isBlank()) {
            throw new InvalidParameterException("body", "评论内容不能为空");
        }
        if (rendered.textLength() > max) {
            throw new InvalidParameterException("body", "评论不能超过 " + max + " 个字（现有 " + rendered.textLength() + " 个）");
        }
        return new Prepared(nickname, email, text, rendered, in.parentId());
    }

    /**
     * Stores a prepared comment on a published article.
     *
     * @return its id and status ({@code approved}, or {@code pending} when the {@link ModerationPolicy} holds it)
     * @throws ArticleNotFoundException when the article is not published
     * @throws InvalidParameterException ({@code parentId}) when the parent is unknown, hidden or on another article
     * @throws InkstoneException 409 {@code duplicate_comment} for the same body by the same author on the same
     *     article within {@code inkstone.comment.duplicate-window-minutes}
     */
    @Transactional
    public Posted post(long articleId, Prepared p, Author author) {
        if (!"published".equals(mapper.lockArticle(articleId))) {
            throw new ArticleNotFoundException(articleId);
        }
        Comment c = new Comment();
        c.setArticleId(articleId);
        attach(c, p.parentId(), articleId);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String bodyHash = keyedHash.hex("body", p.text());
        String token = java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 22);
        mapper.claimDedupe(articleId, author.key(), bodyHash, token,
                now.plus(Duration.ofMinutes(config.getLong("inkstone.comment.duplicate-window-minutes"))), now);
        if (!token.equals(mapper.findDedupeToken(articleId, author.key(), bodyHash))) {
            throw new InkstoneException(409, "duplicate_comment", "请勿重复发表相同的评论", Map.of("body", "重复"));
        }
        Optional<String> hold = policy.holdReason(new ModerationPolicy.Candidate(p.text(), p.rendered(),
                author.accountId() == null, author.staff(), author.clientHash()));
        c.setAccountId(author.accountId());
        c.setNickname(p.nickname());
        c.setEmail(p.email());
        c.setBodyHtml(p.rendered().html());
        c.setStatus(hold.isPresent() ? CommentStatus.PENDING.id() : CommentStatus.APPROVED.id());
        c.setClientHash(author.clientHash());
        c.setWriterKey(author.writerKey());
        c.setCreatedAt(now);
        mapper.insert(c);
        if (hold.isEmpty()) {
            mapper.addToCount(articleId, 1);
        } else {
            mapper.insertLog(null, "hold", c.getId(), null, hold.get(), now);
        }
        return new Posted(c.getId(), c.getStatus());
    }

    /** Sets parent, root and depth; deeper replies than {@code inkstone.comment.max-depth} attach higher up. */
    private void attach(Comment c, Long parentId, long articleId) {
        if (parentId == null) {
            c.setDepth(0);
            return;
        }
        Comment parent = mapper.findById(parentId);
        if (parent == null || parent.getArticleId() != articleId || !CommentStatus.APPROVED.id().equals(parent.getStatus())) {
            throw new InvalidParameterException("parentId", "要回复的评论不存在或不可见");
        }
        int maxDepth = Math.max(1, config.getInt("inkstone.comment.max-depth"));
        if (maxDepth == 1) {
            c.setDepth(0);
            return;
        }
        while (parent.getDepth() + 1 > maxDepth - 1) {
            parent = mapper.findById(parent.getParentId());
        }
        c.setParentId(parent.getId());
        c.setRootId(parent.getRootId() == null ? parent.getId() : parent.getRootId());
        c.setDepth(parent.getDepth() + 1);
    }

    /**
     * One page of an article's threads as the viewer sees them.
     *
     * @param cursor    null for the first page, else a {@code nextCursor} of an earlier page
     * @param size      roots per page, 1–100
     * @param viewerKey the viewer's writer key (their own pending comments are included), or null
     * @throws ArticleNotFoundException when the article is not published
     */
    public CommentPage list(long articleId, boolean oldestFirst, Long cursor, int size, String viewerKey) {
        Long count = mapper.findCount(articleId);
        if (count == null) {
            throw new ArticleNotFoundException(articleId);
        }
        if (count == 0 && viewerKey == null) {
            return new CommentPage(0, List.of(), null); // nothing approved, so no removed root with replies either
        }
        List<Comment> roots = mapper.listRoots(articleId, viewerKey, cursor, oldestFirst, size + 1);
        String next = null;
        if (roots.size() > size) {
            roots = roots.subList(0, size);
            next = Long.toString(roots.get(size - 1).getId());
        }
        List<CommentView> items = new ArrayList<>();
        if (!roots.isEmpty()) {
            List<Comment> replies = mapper.listReplies(articleId, roots.stream().map(Comment::getId).toList(), viewerKey);
            Map<Long, List<Comment>> byRoot = new java.util.HashMap<>();
            for (Comment r : replies) {
                byRoot.computeIfAbsent(r.getRootId(), k -> new ArrayList<>()).add(r);
            }
            for (Comment root : roots) {
                items.add(view(root));
                for (Comment r : byRoot.getOrDefault(root.getId(), List.of())) {
                    items.add(view(r));
                }
            }
        }
        return new CommentPage(count, items, next);
    }

    private CommentView view(Comment c) {
        boolean removed = !CommentStatus.APPROVED.id().equals(c.getStatus()) && !CommentStatus.PENDING.id().equals(c.getStatus());
        boolean staff = c.getAuthorRole() != null && !"reader".equals(c.getAuthorRole());
        return new CommentView(c.getId(), c.getParentId(), removed ? "" : c.getNickname(), removed ? "" : c.getBodyHtml(),
                c.getCreatedAt().atZone(config.zone()).toOffsetDateTime(), CommentStatus.PENDING.id().equals(c.getStatus()), staff && !removed, removed);
    }

    /**
     * A reader flags an approved comment. After {@code inkstone.comment.flags.threshold} flags it goes back
     * to the moderation queue, unless a staff member wrote it (flags are still recorded). A moderator's
     * approval resets the count, so an approved comment needs that many new flags to be queued again.
     *
     * @throws InkstoneException 404 {@code comment_not_found} (unknown or not visible), 409 {@code already_flagged}
     */
    @Transactional
    public void flag(long commentId, String flaggerKey, String reason) {
        Comment c = mapper.findById(commentId);
        if (c == null) {
            throw notFound(commentId);
        }
        mapper.lockArticle(c.getArticleId());
        if (!CommentStatus.APPROVED.id().equals(mapper.findStatusForUpdate(commentId))) {
            throw notFound(commentId);
        }
        Instant now = Instant.now();
        try {
            mapper.insertFlag(commentId, flaggerKey, reason, now);
        } catch (RuntimeException e) {
            if (Sql.isDuplicateKey(e)) {
                throw new InkstoneException(409, "already_flagged", "您已举报过这条评论", Map.of());
            }
            throw e;
        }
        mapper.addFlag(commentId);
        boolean staff = c.getAuthorRole() != null && !"reader".equals(c.getAuthorRole());
        int flags = mapper.findFlagsForUpdate(commentId);
        if (!staff && flags >= config.getInt("inkstone.comment.flags.threshold")) {
            mapper.updateStatus(commentId, CommentStatus.PENDING.id(), now);
            mapper.addToCount(c.getArticleId(), -1);
            mapper.insertLog(null, "requeue", commentId, null, flags + " flags", now);
        }
    }

    /**
     * Moves comments to {@code target} (a moderator's approve, reject, spam or delete), logging each change
     * under {@code actorId}. Comments already in that state and unknown ids are skipped.
     *
     * @return the number of comments changed (0 when none of the ids exists)
     */
    @Transactional
    public int moderate(List<Long> ids, CommentStatus target, long actorId) {
        List<Comment> found = new ArrayList<>();
        for (Long id : ids.stream().distinct().toList()) {
            Comment c = mapper.findById(id);
            if (c != null) {
                found.add(c);
            }
        }
        found.sort(Comparator.comparingLong(Comment::getArticleId).thenComparingLong(Comment::getId)); // one lock order
        int changed = 0;
        Instant now = Instant.now();
        for (Comment c : found) {
            mapper.lockArticle(c.getArticleId());
            String old = mapper.findStatusForUpdate(c.getId());
            if (target.id().equals(old)) {
                continue;
            }
            mapper.updateStatus(c.getId(), target.id(), now);
            if (target == CommentStatus.APPROVED) {
                mapper.resetFlags(c.getId());
            }
            int delta = (target == CommentStatus.APPROVED ? 1 : 0) - (CommentStatus.APPROVED.id().equals(old) ? 1 : 0);
            if (delta != 0) {
                mapper.addToCount(c.getArticleId(), delta);
            }
            mapper.insertLog(actorId, target.id(), c.getId(), null, old + " -> " + target.id(), now);
            changed++;
        }
        return changed;
    }

    /**
     * Blocks a subject ({@code c:<client hash>} or {@code a:<account id>}) from posting and flagging for
     * {@code hours}, logged under {@code actorId}.
     */
    @Transactional
    public void block(String subject, int hours, String reason, long actorId) {
        if (subject.startsWith("a:")) {
            long accountId = Long.parseLong(subject.substring(2));
            var account = accounts.findById(accountId).orElseThrow(() ->
                    new InkstoneException(404, "account_not_found", "账号不存在：" + accountId, Map.of()));
            if (account.role().isStaff()) {
                throw new InvalidParameterException("accountId", "不能封禁工作人员账号");
            }
        }
        Instant now = Instant.now();
        mapper.upsertBlock(subject, now.plus(Duration.ofHours(hours)), reason, actorId, now);
        mapper.insertLog(actorId, "block", null, subject, hours + " h: " + reason, now);
    }

    /** Lifts a block (logged under {@code actorId}); returns false when there was none. */
    @Transactional
    public boolean unblock(String subject, long actorId) {
        boolean had = mapper.deleteBlock(subject) > 0;
        if (had) {
            mapper.insertLog(actorId, "unblock", null, subject, null, Instant.now());
        }
        return had;
    }

    /**
     * @throws org.inkstone.common.ForbiddenException 403 {@code blocked} when the author is blocked now (staff
     *     are never blocked)
     */
    public void requireNotBlocked(Author author) {
        if (author.staff()) {
            return;
        }
        List<String> subjects = author.accountId() == null ? List.of("c:" + author.clientHash())
                : List.of("c:" + author.clientHash(), "a:" + author.accountId());
        if (mapper.countBlocked(subjects, Instant.now()) > 0) {
            throw new org.inkstone.common.ForbiddenException("blocked", "您暂时不能发表或举报评论");
        }
    }

    /** The comment with that id in any status, or empty. */
    public Optional<Comment> find(long id) {
        return Optional.ofNullable(mapper.findById(id));
    }

    /** The moderation queue: comments in {@code status}, newest first. */
    public List<Comment> queue(CommentStatus status, Long articleId, Long cursor, int limit) {
        return mapper.listQueue(status.id(), articleId, cursor, limit);
    }

    /** Removes expired duplicate guards; returns the rows removed. */
    public int purgeDuplicateGuards() {
        return mapper.purgeDedupe(Instant.now());
    }

    private static InkstoneException notFound(long id) {
        return new InkstoneException(404, "comment_not_found", "评论不存在：" + id, Map.of());
    }
}
