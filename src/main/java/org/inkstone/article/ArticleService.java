package org.inkstone.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.inkstone.channel.ChannelService;
import org.inkstone.common.InkstoneConfig;
import org.inkstone.common.InvalidParameterException;
import org.mybatis.cdi.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Articles: reading published ones, publishing and withdrawing. Every change of what readers may see
 * writes an index outbox row in the same transaction ({@link OutboxMapper#insert}), which {@link ArticleIndexer} applies, so the search
 * index follows the database. Thread-safe (stateless; transactions are per call).
 */
@ApplicationScoped
public class ArticleService {

    @Inject
    ArticleMapper mapper;

    @Inject
    OutboxMapper outbox;

    @Inject
    ChannelService channels;

    @Inject
    InkstoneConfig config;



    /** The published article with that id, with body; empty for unknown, draft, review or withdrawn ids. */
    public Optional<Article> findPublished(long id) {
        return Optional.ofNullable(mapper.findPublishedById(id));
    }

    /** Page {@code page} (1-based) of a channel's published articles, newest first. */
    public ItemList<ArticleItem> listByChannel(String channelId, int page, int size) {
        channels.require(channelId);
        long total = mapper.countPublishedByChannel(channelId);
        // The deferred-join page query: a deep page reads index entries, not rows, for what it skips.
        List<Article> rows = mapper.listPublishedPage(channelId, null, null, (page - 1) * size, size);
        return new ItemList<>(total, rows.stream().map(this::item).toList());
    }

    /**
     * One page of published articles, newest first ({@code published_at DESC, id DESC}), of a channel or of the
     * whole site ({@code channelId} null). With {@code after} the page starts right after that position and
     * {@code page} is ignored; otherwise it is page {@code page} (1-based) of {@code size}. Each page reads an
     * index range of {@code size + 1} entries (the extra one tells whether a next page exists), so walking a list
     * with {@code nextCursor} costs the same at any depth; a deep {@code page} costs an index scan of
     * {@code (page - 1) × size} entries.
     *
     * @param size 1–100 articles per page
     * @return {@code total} of the list, the page, and the cursor of the next page (null on the last page)
     * @throws org.inkstone.channel.ChannelNotFoundException for an unknown channel
     */
    public ArticleList list(String channelId, ArticleCursor after, int page, int size) {
        long total;
        if (channelId != null) {
            channels.require(channelId);
            total = mapper.countPublishedByChannel(channelId);
        } else {
            total = mapper.countPublished();
        }
        int offset = after != null ? 0 : (page - 1) * size;
        List<Article> rows = mapper.listPublishedPage(channelId, after == null ? null : after.publishedAtSql(),
                after == null ? null : after.id(), offset, size + 1);
        String next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            next = ArticleCursor.after(rows.get(size - 1)).encode();
        }
        return new ArticleList(total, rows.stream().map(this::item).toList(), next);
    }

    /** The newest published articles of the site. */
    public List<ArticleItem> latest(int limit) {
        return mapper.listLatestPublished(limit).stream().map(this::item).toList();
    }

    /** Published articles among {@code ids}, in the order of {@code ids}; unknown or unpublished ids are skipped. */
    public List<ArticleItem> items(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Article> byId = new HashMap<>();
        for (Article a : mapper.listPublishedSummariesByIds(ids)) {
            byId.put(a.getId(), a);
        }
        List<ArticleItem> out = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Article a = byId.get(id);
            if (a != null) {
                out.add(item(a));
            }
        }
        return out;
    }

    /**
     * Up to {@code limit} published articles (of a channel, or the site when {@code channelId} is null;
     * published at or after {@code publishedSince} unless it is null) with most interest, {@code views +
     * commentWeight × comments}, highest first (then newest id), as rows with views, comment count and
     * publish time. Articles with neither views nor comments are left out.
     */
    public List<Article> mostViewed(String channelId, int commentWeight, Instant publishedSince, int limit) {
        return mapper.listMostViewed(channelId, commentWeight, publishedSince, limit);
    }

    /** Unexpired editor picks of a channel (site-wide when null), in pick order. */
    public List<Long> editorPicks(String channelId, Instant now) {
        return mapper.listEditorPickIds(channelId, now);
    }

    /** The latest expiry a pick may have: the end of the year 9999, the last moment a {@code DATETIME} column holds. */
    static final Instant LATEST_EXPIRY = Instant.parse("9999-12-31T00:00:00Z");

    /**
     * Pins article {@code articleId} at {@code position} (ascending) of a channel's (or the site's) picks until
     * {@code expiresAt} (null: no expiry).
     *
     * @throws InvalidParameterException naming {@code expiresAt} when it is not in the future or beyond the year 9999
     */
    @Transactional
    public void pick(String channelId, long articleId, int position, Instant expiresAt) {
        if (expiresAt != null && (!expiresAt.isAfter(Instant.now()) || expiresAt.isAfter(LATEST_EXPIRY))) {
            throw new InvalidParameterException("expiresAt", "到期时间须在将来，且不晚于 9999 年");
        }
        mapper.insertEditorPick(channelId, articleId, position, expiresAt);
    }

    public ArticleItem item(Article a) {
        return new ArticleItem(a.getId(), a.getExternalId(), a.getTitle(), channels.ref(a.getChannelId()),
                a.getPublishedAt() == null ? null : a.getPublishedAt().atZone(config.zone()).toOffsetDateTime());
    }

    /** Which of these external (source) ids are already stored. */
    public List<String> existingExternalIds(List<String> externalIds) {
        return externalIds.isEmpty() ? List.of() : mapper.listExistingExternalIds(externalIds);
    }

    /**
     * Stores new articles (each with its tags and an outbox row) in one transaction: all or none. Sets each
     * article's id. Throws the database's exception (e.g. a duplicate external id) after rolling back.
     */
    @Transactional
    public void insertAll(List<Article> articles, Map<Article, List<String>> tags) {
        Instant now = Instant.now();
        for (Article a : articles) {
            a.setCreatedAt(now);
            a.setUpdatedAt(now);
            mapper.insert(a);
            for (String tag : tags.getOrDefault(a, List.of())) {
                mapper.insertTag(a.getId(), tag);
            }
            if (ArticleStatus.PUBLISHED.db().equals(a.getStatus())) {
                outbox.insert(a.getId(), now);
            }
        }
    }

    /** Withdraws an article: it disappears from pages, lists and the index. Throws {@link ArticleNotFoundException} if not published. */
    @Transactional
    public void withdraw(long id) {
        if (mapper.findPublishedById(id) == null) {
            throw new ArticleNotFoundException(id);
        }
        Instant now = Instant.now();
        mapper.updateStatus(id, ArticleStatus.WITHDRAWN.db(), now);
        outbox.insert(id, now);
    }


    /** The number of published articles. */
    public long countPublished() {
        return mapper.countPublished();
    }

    /**
     * Locks the article's row for the caller's transaction (the comment side takes it before changing any
     * comment status of the article, so those changes and the count are serialised). Joins the caller's
     * {@code @Transactional} (mybatis-cdi: a nested call uses the session the outer call started); called
     * outside one, the lock ends with this call.
     *
     * @return the article's status, or empty for an unknown id
     */
    @Transactional
    public Optional<ArticleStatus> lockForComment(long id) {
        String status = mapper.findStatusForUpdate(id);
        return status == null ? Optional.empty() : Optional.of(ArticleStatus.valueOf(status.toUpperCase(java.util.Locale.ROOT)));
    }

    /**
     * Adds {@code delta} to the article's comment count (共有 N 条评论), in the caller's transaction, which
     * should hold {@link #lockForComment}. A count below 0 fails on the column's CHECK.
     */
    @Transactional
    public void addToCommentCount(long id, int delta) {
        mapper.updateCommentCount(id, delta);
    }

    /** The comment count of a published article; empty when it is not published. */
    public java.util.OptionalLong publishedCommentCount(long id) {
        Long n = mapper.findPublishedCommentCount(id);
        return n == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(n);
    }

    /** The titles of the articles among {@code ids}, whatever their status (unknown ids are left out). */
    public Map<Long, String> titles(java.util.Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Article a : mapper.listTitlesByIds(List.copyOf(new java.util.LinkedHashSet<>(ids)))) {
                out.put(a.getId(), a.getTitle());
            }
        }
        return out;
    }
}
