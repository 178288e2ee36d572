package org.inkstone.article;

import java.util.List;
import java.util.Optional;

/**
 * Where related lists (相关文章) are kept: {@link SqlRelatedStore} in the database; a map in unit tests. A list
 * is up to {@link Recommendations#LIST_SIZE} article ids in rank order (best first). Implementations are
 * thread-safe and throw the storage's unchecked exception on failure.
 */
public interface RelatedStore {

    /** The stored list of {@code articleId}: empty when none was ever computed, an empty list when computed and empty. */
    Optional<List<Long>> find(long articleId);

    /** Stores {@code ids} as the list of {@code articleId}, replacing any stored one in one transaction. Idempotent. */
    void replace(long articleId, List<Long> ids);

    /** Deletes the list of {@code articleId} (a withdrawn article); nothing when none is stored. Idempotent. */
    void delete(long articleId);

    /** Ids of the articles whose stored lists hold {@code articleId}, ascending. */
    List<Long> holders(long articleId);
}
