package org.inkstone.article;

/**
 * The editorial workflow states as stored in {@code article.status}. Only {@link #PUBLISHED} articles are
 * visible to readers and indexed; a {@link #WITHDRAWN} one answers 410 Gone.
 */
public enum ArticleStatus {
    DRAFT, IN_REVIEW, RETURNED, SCHEDULED, PUBLISHED, WITHDRAWN;

    /** The value stored in {@code article.status}: {@code draft}, {@code in_review}, ... */
    public String db() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The state stored as {@code db}; throws {@link IllegalArgumentException} for an unknown value. */
    public static ArticleStatus of(String db) {
        return valueOf(db.toUpperCase(java.util.Locale.ROOT));
    }
}
