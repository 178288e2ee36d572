package org.inkstone.comment;

import org.inkstone.common.InkstoneException;

import java.util.Map;

/** No comment with that id, or (for flags) none a reader can see: 404 {@code comment_not_found}. */
public class CommentNotFoundException extends InkstoneException {

    public CommentNotFoundException(long id) {
        super(404, "comment_not_found", "评论不存在：" + id, Map.of());
    }
}
