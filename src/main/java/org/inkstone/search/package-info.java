/**
 * The Lucene index (one writer, near-real-time searcher), the outbox follower that keeps it equal to the
 * published rows, search and MoreLikeThis. Never writes to the database.
 */
package org.inkstone.search;
