package org.inkstone.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mybatis.cdi.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Related lists in the tables {@code related_list} and {@code related_entry} (see migration V10).
 *
 * <p>A replacement is one transaction that first upserts the list's row: that row lock serialises two nodes
 * replacing the same list (the second waits, then writes the same or a newer result), so the entries are
 * never a mix of two computations and the gap locks of the entry delete cannot deadlock against each other.
 * Thread-safe.
 */
@ApplicationScoped
public class SqlRelatedStore implements RelatedStore {

    @Inject
    RelatedListMapper mapper;

    @Override
    public Optional<List<Long>> find(long articleId) {
        List<Long> rows = mapper.findIds(articleId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(rows.size() == 1 && rows.get(0) == 0 ? List.of() : List.copyOf(rows));
    }

    @Override
    @Transactional
    public void replace(long articleId, List<Long> ids) {
        mapper.upsertList(articleId, Instant.now());
        mapper.deleteEntries(articleId);
        if (!ids.isEmpty()) {
            mapper.insertEntries(articleId, ids);
        }
    }

    @Override
    @Transactional
    public void delete(long articleId) {
        mapper.deleteEntries(articleId);
        mapper.deleteList(articleId);
    }

    @Override
    public List<Long> holders(long articleId) {
        return mapper.listHolders(articleId);
    }

    /** Up to {@code limit} published article ids above {@code afterId}, ascending. */
    public List<Long> publishedIdsAfter(long afterId, int limit) {
        return mapper.listPublishedIdsAfter(afterId, limit);
    }

    /** Up to {@code limit} published article ids without a stored list, newest first. */
    public List<Long> publishedWithoutList(int limit) {
        return mapper.listPublishedWithoutList(limit);
    }
}
