package org.inkstone.article;

import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

import java.time.Instant;
import java.util.List;

/**
 * Stored related lists (相关文章): tables {@code related_list} and {@code related_entry} (migration V10). SQL in
 * {@code org/inkstone/article/RelatedListMapper.xml}. Used through {@link SqlRelatedStore}, which makes a
 * replacement one transaction.
 */
@Mapper
public interface RelatedListMapper {

    /**
     * The stored list of article {@code articleId} in rank order: an empty result when none was ever computed,
     * {@code [0]} for a list computed and empty (ids are 1 or more), otherwise the related article ids. One
     * primary-key lookup.
     */
    List<Long> findIds(@Param("articleId") long articleId);

    /** Creates the list's row, or sets its {@code computed_at}; locks the row until the transaction ends. */
    int upsertList(@Param("articleId") long articleId, @Param("computedAt") Instant computedAt);

    int deleteEntries(@Param("articleId") long articleId);

    /** Inserts {@code relatedIds} as the entries of the list, position 0 first; {@code relatedIds} must not be empty. */
    int insertEntries(@Param("articleId") long articleId, @Param("relatedIds") List<Long> relatedIds);

    /** Deletes the list's row (its entries must be deleted first, or go with it by the foreign key's cascade). */
    int deleteList(@Param("articleId") long articleId);

    /** Ids of the articles whose stored lists hold {@code relatedId}, ascending (index {@code idx_related_entry_related}). */
    List<Long> listHolders(@Param("relatedId") long relatedId);

    /** Up to {@code limit} ids of published articles above {@code afterId}, ascending (a keyset walk over the primary key). */
    List<Long> listPublishedIdsAfter(@Param("afterId") long afterId, @Param("limit") int limit);

    /** Up to {@code limit} ids of published articles without a stored list, newest first. */
    List<Long> listPublishedWithoutList(@Param("limit") int limit);
}
