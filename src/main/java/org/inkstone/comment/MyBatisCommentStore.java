package org.inkstone.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.inkstone.article.ArticleNotFoundException;
import org.inkstone.article.ArticleService;
import org.inkstone.article.ArticleStatus;
import org.inkstone.common.InvalidParameterException;
import org.inkstone.common.KeyedHash;
import org.inkstone.common.Sql;
import org.inkstone.common.Subject;
import org.inkstone.moderation.Verdict;
import org.mybatis.cdi.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * {@link CommentStore} on the comment tables through {@link CommentMapper}, with the article's row lock and
 * count through {@link ArticleService} in the same transaction (mybatis-cdi {@code @Transactional}: the
 * article service's own {@code @Transactional} joins the session started here). Thread-safe.
 */
@ApplicationScoped
public class MyBatisCommentStore implements CommentStore {

    @Inject
    CommentMapper mapper;

    @Inject
    Authors authors;

    @Inject
    ArticleService articles;

    @Inject
    KeyedHash keyedHash;

    @Inject
    CommentSettings settings;

    @Override
    public boolean blocked(List<Subject> subjects, Instant now) {
        return mapper.countBlocked(subjects.stream().map(Subject::key).toList(), now) > 0;
    }

    @Override
    @Transactional
    public Posted insert(long articleId, PreparedComment p, Author author, Verdict verdict, Instant now) {
        if (articles.lockForComment(articleId).filter(s -> s == ArticleStatus.PUBLISHED).isEmpty()) {
            throw new ArticleNotFoundException(articleId);
        }
        Comment c = new Comment();
        c.setArticleId(articleId);
        attach(c, p.parentId(), articleId);
        String authorKey = author.subject().key();
        String bodyHash = keyedHash.hex("body", p.text());
        String token = UUID.randomUUID().toString().replace("-", "").substring(0, 22);
        mapper.claimDedupe(articleId, authorKey, bodyHash, token, now.plus(settings.duplicateWindow()), now);
        if (!token.equals(mapper.findDedupeToken(articleId, authorKey, bodyHash))) {
            throw new DuplicateCommentException();
        }
        c.setAccountId(author.accountId());
        c.setNickname(p.nickname());
        c.setEmail(p.email());
        c.setBodyHtml(p.rendered().html());
        c.setStatus(verdict.held() ? CommentStatus.PENDING.id() : CommentStatus.APPROVED.id());
        c.setClientHash(author.clientHash());
        c.setWriterKey(author.writerKey());
        c.setCreatedAt(now);
        mapper.insert(c);
        if (verdict.held()) {
            mapper.insertLog(null, "hold", c.getId(), null, verdict.reason(), now);
        } else {
            articles.addToCommentCount(articleId, 1);
        }
        return new Posted(c.getId(), c.getStatus());
    }

    /** Sets parent, root and depth; replies deeper than {@code maxDepth} levels attach higher up. */
    private void attach(Comment c, Long parentId, long articleId) {
        if (parentId == null) {
            c.setDepth(0);
            return;
        }
        Comment parent = mapper.findById(parentId);
        if (parent == null || parent.getArticleId() != articleId || !CommentStatus.APPROVED.id().equals(parent.getStatus())) {
            throw new InvalidParameterException("parentId", "要回复的评论不存在或不可见");
        }
        int maxDepth = settings.maxDepth();
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

    @Override
    @Transactional
    public long flag(long commentId, String flaggerKey, String reason, int threshold, Instant now) {
        Comment c = mapper.findById(commentId);
        if (c != null) {
            authors.fill(java.util.List.of(c));
        }
        if (c == null) {
            throw new CommentNotFoundException(commentId);
        }
        articles.lockForComment(c.getArticleId());
        if (!CommentStatus.APPROVED.id().equals(mapper.findStatusForUpdate(commentId))) {
            throw new CommentNotFoundException(commentId);
        }
        try {
            mapper.insertFlag(commentId, flaggerKey, reason, now);
        } catch (RuntimeException e) {
            if (Sql.isDuplicateKey(e)) {
                throw new AlreadyFlaggedException();
            }
            throw e;
        }
        mapper.addFlag(commentId);
        int flags = mapper.findFlagsForUpdate(commentId);
        if (!c.isByStaff() && flags >= threshold) {
            mapper.updateStatus(commentId, CommentStatus.PENDING.id(), now);
            articles.addToCommentCount(c.getArticleId(), -1);
            mapper.insertLog(null, "requeue", commentId, null, "被举报 " + flags + " 次", now);
        }
        return c.getArticleId();
    }

    @Override
    @Transactional
    public List<Long> moderate(List<Long> ids, CommentStatus target, long actorId, Instant now) {
        List<Comment> found = new ArrayList<>();
        for (Long id : ids.stream().distinct().toList()) {
            Comment c = mapper.findById(id);
            if (c != null) {
                found.add(c);
            }
        }
        found.sort(Comparator.comparingLong(Comment::getArticleId).thenComparingLong(Comment::getId)); // one lock order
        List<Long> changed = new ArrayList<>();
        for (Comment c : found) {
            articles.lockForComment(c.getArticleId());
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
                articles.addToCommentCount(c.getArticleId(), delta);
            }
            mapper.insertLog(actorId, target.id(), c.getId(), null, old + " -> " + target.id(), now);
            changed.add(c.getArticleId());
        }
        return changed;
    }

    @Override
    public int purgeDuplicateGuards(Instant now) {
        return mapper.purgeDedupe(now);
    }
}
