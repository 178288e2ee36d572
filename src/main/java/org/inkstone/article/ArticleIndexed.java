package org.inkstone.article;

/**
 * A CDI event: this node's search index applied a change of article {@code articleId} from the outbox (published,
 * corrected or withdrawn), once the change is searchable (after the near-real-time refresh, before the durable
 * commit). Fired on every node as it catches up, so caches of what
 * readers see of the article (e.g. its comment pages) can be dropped everywhere and the
 * stored related lists it affects updated ({@link RelatedLists}).
 */
public record ArticleIndexed(long articleId) {
}
