package org.inkstone.comment;

import java.util.Locale;

/** Where a comment stands. Only {@code APPROVED} comments are shown to readers and counted. */
public enum CommentStatus {
    /** In the moderation queue; shown only to its writer, marked as pending. */
    PENDING,
    APPROVED,
    REJECTED,
    SPAM,
    DELETED;

    /** The database and JSON name: lower case. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
