package org.inkstone.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.inkstone.article.ArticleNotFoundException;
import org.inkstone.article.ArticleService;
import org.inkstone.common.InkstoneConfig;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Reading an article's comments as threads: pages of roots, each followed by its replies oldest first, with
 * the article's count of visible comments (共有 N 条评论, kept by the article side). Thread-safe (stateless).
 */
@ApplicationScoped
public class CommentThreads {

    @Inject
    CommentMapper mapper;

    @Inject
    Authors authors;

    @Inject
    ArticleService articles;

    @Inject
    InkstoneConfig config;

    /**
     * One page of an article's threads as the viewer sees them.
     *
     * @param cursor    null for the first page, else a {@code nextCursor} of an earlier page
     * @param size      roots per page, 1–100
     * @param viewerKey the viewer's writer key (their own pending comments are included), or null
     * @throws ArticleNotFoundException when the article is not published
     */
    public CommentPage list(long articleId, boolean oldestFirst, Long cursor, int size, String viewerKey) {
        OptionalLong found = articles.publishedCommentCount(articleId);
        if (found.isEmpty()) {
            throw new ArticleNotFoundException(articleId);
        }
        long count = found.getAsLong();
        if (count == 0 && viewerKey == null) {
            return new CommentPage(0, List.of(), null); // nothing approved, so no removed root with replies either
        }
        List<Comment> roots = authors.fill(mapper.listRoots(articleId, viewerKey, cursor, oldestFirst, size + 1));
        String next = null;
        if (roots.size() > size) {
            roots = roots.subList(0, size);
            next = Long.toString(roots.get(size - 1).getId());
        }
        List<CommentView> items = new ArrayList<>();
        if (!roots.isEmpty()) {
            List<Comment> replies = authors.fill(mapper.listReplies(articleId, roots.stream().map(Comment::getId).toList(), viewerKey));
            Map<Long, List<Comment>> byRoot = new HashMap<>();
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
        return new CommentView(c.getId(), c.getParentId(), removed ? "" : c.getNickname(), removed ? "" : c.getBodyHtml(),
                c.getCreatedAt().atZone(config.zone()).toOffsetDateTime(), CommentStatus.PENDING.id().equals(c.getStatus()),
                c.isByStaff() && !removed, removed);
    }
}
