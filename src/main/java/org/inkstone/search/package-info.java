/**
 * The Lucene index and nothing of where articles are stored: the one open index of a node
 * ({@link org.inkstone.search.SearchIndex}: one writer, a near-real-time searcher, a version counter for
 * caches), analyzers and fields, reader search and MoreLikeThis. Documents come from the writer above it
 * (the article side's outbox follower, {@code org.inkstone.article.ArticleIndexer}); this package neither
 * reads nor writes the database.
 */
package org.inkstone.search;
