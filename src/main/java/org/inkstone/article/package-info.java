/**
 * Articles: reading published ones, publishing and withdrawing, the article API and its admin actions
 * (withdraw, editor picks, index rebuild), views, and the related and recommended lists. Owns the
 * {@code article}, {@code article_tag}, {@code editor_pick}, {@code index_outbox}, {@code related_list} and
 * {@code related_entry} tables: every change of
 * what readers may see writes an outbox row in the same transaction, and
 * {@link org.inkstone.article.ArticleIndexer} applies the outbox to the search index on every node; stored related lists
 * follow the index ({@link org.inkstone.article.RelatedLists}). Reaches the
 * media library only through {@link org.inkstone.media.MediaService} (a cover image's page sizes and alt text).
 */
package org.inkstone.article;
