package org.inkstone.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.inkstone.common.InkstoneException;
import org.inkstone.common.InvalidParameterException;
import org.mybatis.cdi.Transactional;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Editor picks (推荐位) as editors manage them: one ordered list for the whole site and one per channel. A
 * pick is live while it has not expired and its article is published; only live picks are listed (and shown
 * to readers by {@link Recommendations}); expired picks and picks of withdrawn articles drop out by
 * themselves. Every change drops this node's cached recommended lists; other nodes refresh theirs within
 * {@code inkstone.recommended.cache-seconds}. Thread-safe (stateless).
 */
@ApplicationScoped
public class EditorPicks {

    @Inject
    PickMapper mapper;

    @Inject
    Recommendations recommendations;

    /** The live picks of the site (channel null) or of a channel, in order. */
    public List<EditorPick> live(String channelId) {
        return mapper.listLive(channelId, Instant.now());
    }

    /**
     * Moves a live pick to {@code position} (0–1000, ascending) and sets its expiry (null: none).
     *
     * @throws InkstoneException 404 {@code pick_not_found} for an unknown or no longer live pick
     * @throws InvalidParameterException ({@code expiresAt}) when the expiry is not in the future or past the year 9999
     */
    @Transactional
    public EditorPick update(long id, int position, Instant expiresAt) {
        checkExpiry(expiresAt);
        requireLive(id);
        mapper.update(id, position, expiresAt);
        recommendations.invalidate();
        return mapper.findById(id);
    }

    /**
     * Puts the live picks of one list in the order of {@code ids} (positions 1, 2, …), in one transaction.
     *
     * @throws InvalidParameterException ({@code ids}) unless {@code ids} names each live pick of that list once
     */
    @Transactional
    public void reorder(String channelId, List<Long> ids) {
        Set<Long> live = new HashSet<>();
        mapper.listLive(channelId, Instant.now()).forEach(p -> live.add(p.getId()));
        if (ids.size() != live.size() || !live.equals(new HashSet<>(ids))) {
            throw new InvalidParameterException("ids", "须恰好列出该推荐位的全部有效条目，各一次");
        }
        for (int i = 0; i < ids.size(); i++) {
            mapper.updatePosition(ids.get(i), i + 1);
        }
        recommendations.invalidate();
    }

    /** Deletes a pick (live or not); 404 {@code pick_not_found} when there is none. */
    @Transactional
    public void delete(long id) {
        if (mapper.delete(id) == 0) {
            throw notFound(id);
        }
        recommendations.invalidate();
    }

    /** Throws 404 unless pick {@code id} is in its list's live picks (so not expired, article published). */
    private void requireLive(long id) {
        EditorPick p = mapper.findById(id);
        if (p == null || live(p.getChannelId()).stream().noneMatch(l -> l.getId() == id)) {
            throw notFound(id);
        }
    }

    /** The rule of {@link ArticleService#pick} for expiries: in the future, and not past what a DATETIME holds. */
    static void checkExpiry(Instant expiresAt) {
        if (expiresAt != null && (!expiresAt.isAfter(Instant.now()) || expiresAt.isAfter(ArticleService.LATEST_EXPIRY))) {
            throw new InvalidParameterException("expiresAt", "到期时间须在将来，且不晚于 9999 年");
        }
    }

    private static InkstoneException notFound(long id) {
        return new InkstoneException(404, "pick_not_found", "推荐条目不存在或已失效：" + id, Map.of());
    }
}
