package org.inkstone.comment;

/**
 * A new comment whose input passed every check that needs no database: the nickname to show, the e-mail
 * (anonymous writers only, else null), the NFC-normalized source text, its sanitized rendering and the
 * parent it answers (null for a thread root).
 */
public record PreparedComment(String nickname, String email, String text, CommentHtml.Rendered rendered, Long parentId) {
}
