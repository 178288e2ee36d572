package org.inkstone.article;

import java.util.List;

/**
 * What related lists are computed from: {@link LuceneRelatedSource} (MoreLikeThis over this node's search index and
 * the database's publication state); a table in unit tests. Thread-safe.
 */
public interface RelatedSource {

    /**
     * Up to {@code n} ids of the articles most like article {@code id}, best first, never {@code id} itself; empty
     * when the article is not in the index. See {@link org.inkstone.search.LuceneArticleIndex#related}.
     */
    List<Long> related(long id, int n);

    /** Whether readers may see article {@code id} now (status published). */
    boolean published(long id);
}
