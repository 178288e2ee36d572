package org.inkstone.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The rules that keep stored related lists (相关文章) current; pure logic over two seams, {@link RelatedSource}
 * (MoreLikeThis, publication state) and {@link RelatedStore}.
 *
 * <ul>
 *   <li><b>Page</b> ({@link #listOf}): the stored list; without one, MoreLikeThis once, stored unless empty.</li>
 *   <li><b>Published or corrected</b> article X ({@link #apply}): X's list is the first {@value Recommendations#LIST_SIZE}
 *       of its {@value #CANDIDATES} MoreLikeThis candidates; the lists of those {@value #CANDIDATES} candidates are
 *       recomputed (X may now belong in them: MoreLikeThis is not symmetric, so "B is in X's top 10" does not
 *       imply "X is in B's top 5", and the other direction is what a reader of B sees; recomputing is the only
 *       exact test), and so are the lists that hold X now (after a correction X may have to leave them).</li>
 *   <li><b>Withdrawn</b> article X: its list is deleted and every list that holds it (the reverse lookup) is
 *       recomputed.</li>
 *   <li>A recomputed list of an article no longer published is deleted instead.</li>
 *   <li><b>Bulk</b>: a batch of more than {@value #BULK} changed articles (an import into a running site) stores
 *       and deletes their own lists and recomputes only the lists that hold a withdrawn one; the neighbours'
 *       lists are left to the full recompute (11 MoreLikeThis calls per article would make an import of
 *       100,000 articles hours of background work; the recompute does it in one call per article).</li>
 * </ul>
 *
 * <p>The candidate count {@value #CANDIDATES} is the task's "top ~10": an article that is not among X's 10
 * closest is unlikely to rank X in its own 5 (similarity scores are roughly comparable both ways), and each
 * extra candidate costs one MoreLikeThis call. Cost of one publication: 1 + {@value #CANDIDATES} + h MoreLikeThis
 * calls and as many one-transaction replacements, h being the number of lists holding X (0 for a new article;
 * 5 on average, since every list has 5 entries); about 11 × 21 ms ≈ 0.25 s at 100,000 articles on one core.
 *
 * <p>Idempotent: the same index gives the same lists, and each list is replaced whole in one transaction, so two
 * nodes applying the same change store the same result. A failure of one list is logged and skipped (the list
 * keeps its previous entries until the next change that touches it); it never propagates to the caller.
 * Thread-safe when the seams are.
 */
final class RelatedUpdates {

    private static final Logger LOG = Logger.getLogger(RelatedUpdates.class.getName());

    /** MoreLikeThis candidates of a published article whose own lists are recomputed. */
    static final int CANDIDATES = 10;

    /** Changed articles in one batch above which neighbours' lists are left to the full recompute. */
    static final int BULK = 1_000;

    private final RelatedSource source;
    private final RelatedStore store;

    RelatedUpdates(RelatedSource source, RelatedStore store) {
        this.source = source;
        this.store = store;
    }

    /**
     * The list a page of article {@code id} shows (before the published re-check): the stored one; when none is
     * stored, MoreLikeThis now and the result stored. An empty result is not stored (the article may not be in
     * this node's index yet; its indexing event stores its list). A failed store is logged; the list is still
     * returned. Never runs MoreLikeThis when a list is stored.
     */
    List<Long> listOf(long id) {
        Optional<List<Long>> stored = store.find(id);
        if (stored.isPresent()) {
            return stored.get();
        }
        List<Long> ids = source.related(id, Recommendations.LIST_SIZE);
        if (!ids.isEmpty()) {
            try {
                store.replace(id, ids);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "related list of " + id + " computed but not stored; computed again at its next request", e);
            }
        }
        return ids;
    }

    /**
     * Computes and stores the list of a published article {@code id} (the full recompute, the warm-up), without
     * checking its state. Returns the stored ids.
     */
    List<Long> store(long id) {
        List<Long> ids = source.related(id, Recommendations.LIST_SIZE);
        store.replace(id, ids);
        return ids;
    }

    /** Outcome of {@link #apply}: lists stored, lists deleted, ids whose handling failed (each in first-seen order). */
    record Outcome(List<Long> stored, List<Long> deleted, List<Long> failed) {
    }

    /**
     * Applies the changes of the articles {@code changed} (each published, corrected or withdrawn; the state is
     * read from the source) by the rules above. Every affected list is computed once per call, however many
     * changed articles lead to it.
     */
    Outcome apply(Collection<Long> changed) {
        Set<Long> changedIds = new LinkedHashSet<>(changed);
        List<Long> stored = new ArrayList<>();
        List<Long> deleted = new ArrayList<>();
        List<Long> failed = new ArrayList<>();
        Set<Long> affected = new LinkedHashSet<>();
        boolean bulk = changedIds.size() > BULK;
        if (bulk) {
            LOG.info(changedIds.size() + " articles changed at once: their own lists are updated; run the full recompute "
                    + "(POST /api/admin/related/recompute) to update the lists they should enter");
        }
        for (long x : changedIds) {
            try {
                boolean published = source.published(x);
                if (published) {
                    List<Long> candidates = source.related(x, bulk ? Recommendations.LIST_SIZE : CANDIDATES);
                    store.replace(x, List.copyOf(candidates.subList(0, Math.min(Recommendations.LIST_SIZE, candidates.size()))));
                    stored.add(x);
                    if (!bulk) {
                        affected.addAll(candidates);
                    }
                } else {
                    store.delete(x);
                    deleted.add(x);
                }
                if (!bulk || !published) {
                    affected.addAll(store.holders(x));
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "related list of changed article " + x + " not updated; retried at its next change", e);
                failed.add(x);
            }
        }
        affected.removeAll(changedIds);
        for (long a : affected) {
            try {
                if (source.published(a)) {
                    store(a);
                    stored.add(a);
                } else {
                    store.delete(a);
                    deleted.add(a);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "related list of " + a + " not updated; retried at the next change", e);
                failed.add(a);
            }
        }
        return new Outcome(stored, deleted, failed);
    }
}
