package org.inkstone.comment;

import org.inkstone.common.InkstoneException;

import java.util.Map;

/** The same body by the same author on the same article within the duplicate window ({@link CommentSettings#duplicateWindow()}): 409 {@code duplicate_comment}, field {@code body}. */
public class DuplicateCommentException extends InkstoneException {

    public DuplicateCommentException() {
        super(409, "duplicate_comment", "请勿重复发表相同的评论", Map.of("body", "重复"));
    }
}
