package org.inkstone.comment;

import java.time.OffsetDateTime;

/**
 * One comment as readers get it. {@code bodyHtml} is the sanitizer's output (see {@link CommentHtml});
 * {@code pending} is true only on the viewer's own comments awaiting moderation; {@code removed} marks a
 * thread root that is no longer shown but still has visible replies (nickname and body are then empty);
 * {@code staff} marks writers with a staff role.
 */
public record CommentView(long id, Long parentId, String nickname, String bodyHtml, OffsetDateTime createdAt,
                          boolean pending, boolean staff, boolean removed) {
}
