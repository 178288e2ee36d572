package org.inkstone.article;

/** The editorial workflow states. Only {@link #PUBLISHED} articles are visible to readers and indexed. */
public enum ArticleStatus {
    DRAFT, REVIEW, PUBLISHED, WITHDRAWN;

    /** The value stored in {@code article.status}. */
    public String db() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
