package org.inkstone.article;

import java.time.Instant;

/**
 * A committed-to-be change of what readers and partners see of one article, fired synchronously by
 * {@link ArticleService} inside the transaction that makes the change (an observer's writes commit or roll back
 * with it: the syndication outbox relies on this). Imports fire nothing: they are not changes.
 *
 * @param articleId the article
 * @param kind      what happened
 * @param at        the time of the change (the transaction's clock reading)
 */
public record ArticleChanged(long articleId, Kind kind, Instant at) {

    /** What happened to the article. */
    public enum Kind {
        /** The first publication, or a publication after a withdrawal and restore. */
        PUBLISHED,
        /** A new version of a published article went live (with a correction note). */
        CORRECTED,
        /** The article was withdrawn (readers get 410; partners get a kill notice). */
        WITHDRAWN
    }
}
