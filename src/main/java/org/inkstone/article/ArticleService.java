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

    @Inject
    jakarta.enterprise.event.Event<ArticleChanged> changed;



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
     * @return the new pick's id
     * @throws InvalidParameterException naming {@code expiresAt} when it is not in the future or beyond the year 9999
     */
    @Transactional
    public long pick(String channelId, long articleId, int position, Instant expiresAt) {
        if (expiresAt != null && (!expiresAt.isAfter(Instant.now()) || expiresAt.isAfter(LATEST_EXPIRY))) {
            throw new InvalidParameterException("expiresAt", "到期时间须在将来，且不晚于 9999 年");
        }
        EditorPick p = new EditorPick();
        p.setChannelId(channelId);
        p.setArticleId(articleId);
        p.setPosition(position);
        p.setExpiresAt(expiresAt);
        mapper.insertEditorPickRow(p);
        return p.getId();
    }

    public ArticleItem item(Article a) {
        return new ArticleItem(a.getId(), a.getExternalId(), a.getTitle(), channels.ref(a.getChannelId()),
                a.getPublishedAt() == null ? null : a.getPublishedAt().atZone(config.zone()).toOffsetDateTime());
    }

    /** Which of these external (source) ids are already stored. */
    public List<String> existingExternalIds(List<String> externalIds) {
        return externalIds.isEmpty() ? List.of() : mapper.listExistingExternalIds(externalIds);
    }

    /** Revision 1 of an imported article: its fields as imported, marked imported. */
    private static ArticleRevision importedRevision(Article a, List<String> tags) {
        ArticleRevision r = new ArticleRevision();
        r.setArticleId(a.getId());
        r.setN(1);
        r.setTitle(a.getTitle());
        r.setBody(a.getBody());
        r.setChannelId(a.getChannelId());
        r.setTags(tags.isEmpty() ? null : String.join("\n", new java.util.TreeSet<>(tags)));
        r.setSource(a.getSource());
        r.setAction("import");
        r.setCreatedAt(a.getCreatedAt());
        r.setImported(true);
        return r;
    }

    /**
     * Stores new articles (each with its tags, revision 1 marked imported and an outbox row) in one transaction: all or none. Sets each
     * article's id. Throws the database's exception (e.g. a duplicate external id) after rolling back.
     */
    @Transactional
    public void insertAll(List<Article> articles, Map<Article, List<String>> tags) {
        Instant now = Instant.now();
        for (Article a : articles) {
            a.setCreatedAt(now);
            a.setUpdatedAt(now);
            mapper.insert(a);
            List<String> own = tags.getOrDefault(a, List.of());
            for (String tag : own) {
                mapper.insertTag(a.getId(), tag);
            }
            mapper.insertRevision(importedRevision(a, own));
            if (ArticleStatus.PUBLISHED.db().equals(a.getStatus())) {
                outbox.insert(a.getId(), now);
            }
        }
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
        return status == null ? Optional.empty() : Optional.of(ArticleStatus.of(status));
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

    // ----- the newsroom's access to articles (issue 9); the rules live in org.inkstone.newsroom -----

    /** The article in any state, with the newsroom columns (no body); empty for an unknown id. */
    public Optional<Article> findForNewsroom(long id) {
        return Optional.ofNullable(mapper.findForNewsroom(id));
    }

    /** The article's tags (any state), in tag order; empty for none or an unknown id. */
    public List<String> tags(long id) {
        return mapper.listTags(id);
    }

    /** The stored state of an article; empty for an unknown id. */
    public Optional<ArticleStatus> status(long id) {
        String s = mapper.findStatus(id);
        return s == null ? Optional.empty() : Optional.of(ArticleStatus.of(s));
    }

    /**
     * The article's row locked until the caller's transaction ends (joins the caller's {@code @Transactional}).
     *
     * @throws ArticleNotFoundException for an unknown id
     */
    @Transactional
    public Article lockForNewsroom(long id) {
        Article a = mapper.findForNewsroomForUpdate(id);
        if (a == null) {
            throw new ArticleNotFoundException(id);
        }
        return a;
    }

    /**
     * Creates a draft from {@code content} (revision 1, action {@code create}) by {@code authorId}; returns its id.
     *
     * @throws org.inkstone.channel.ChannelNotFoundException for an unknown channel (nothing stored)
     */
    @Transactional
    public long create(ArticleRevision content, long authorId, Instant now) {
        channels.require(content.getChannelId());
        Article a = new Article();
        a.setChannelId(content.getChannelId());
        a.setTitle(content.getTitle());
        a.setSubtitle(content.getSubtitle());
        a.setSummary(content.getSummary());
        a.setSource(content.getSource());
        a.setByline(content.getByline());
        a.setBody(content.getBody());
        a.setBodyHtml(content.getBodyHtml());
        a.setCoverHash(content.getCoverHash());
        a.setCoverCredit(content.getCoverCredit());
        a.setStatus(ArticleStatus.DRAFT.db());
        a.setPublishAt(content.getPublishAt());
        a.setAuthorId(authorId);
        a.setContentBy(authorId);
        a.setCreatedAt(now);
        a.setUpdatedAt(now);
        mapper.insertNewsroom(a);
        for (String tag : content.tagList()) {
            mapper.insertTag(a.getId(), tag);
        }
        content.setArticleId(a.getId());
        content.setN(1);
        content.setAction("create");
        content.setCreatedBy(authorId);
        content.setCreatedAt(now);
        mapper.insertRevision(content);
        return a.getId();
    }

    /**
     * Stores {@code r} as the article's next revision (sets its article id and number); returns the number.
     * Joins the caller's transaction, which should hold {@link #lockForNewsroom}.
     */
    @Transactional
    public int addRevision(long id, ArticleRevision r) {
        r.setArticleId(id);
        r.setN(mapper.findLastRevisionNumber(id) + 1);
        mapper.insertRevision(r);
        return r.getN();
    }

    /**
     * Copies the content of {@code r} (every field readers see, tags included) into the article row. A
     * published article's row is what readers see, so for it this is the moment a correction goes live.
     *
     * @throws org.inkstone.channel.ChannelNotFoundException for an unknown channel
     */
    @Transactional
    public void applyContent(long id, ArticleRevision r) {
        channels.require(r.getChannelId());
        mapper.updateContent(id, r);
        mapper.deleteTags(id);
        for (String tag : r.tagList()) {
            mapper.insertTag(id, tag);
        }
    }

    /**
     * Sets the workflow state (the article's {@code status}, the state of a pending correction, the review level
     * 0–3, the requested publication time, who last changed the content) and adds 1 to the version, if the
     * version is still {@code version}. Publishing, withdrawing and correcting also need {@link #changedForReaders}.
     *
     * @return false when another write changed the version first (nothing changed)
     */
    @Transactional
    public boolean setWorkflow(long id, int version, ArticleStatus status, ArticleStatus pending, int level,
                               Instant publishAt, Long contentBy, Instant now) {
        return mapper.updateWorkflow(id, version, status.db(), pending == null ? null : pending.db(), level, publishAt,
                contentBy, now) == 1;
    }

    /**
     * Records a publication: who published (责任编辑), the first publication time (kept on later corrections)
     * and, for a correction, its note (dated now). A publication without a note (the first one, or one after a
     * withdrawal and restore) is no correction: it clears the note and time of any earlier correction, so readers
     * and partners see none. Then writes the index outbox and fires {@link ArticleChanged}
     * ({@code CORRECTED} with a note, else {@code PUBLISHED}) in this transaction. Returns the outbox row's id.
     */
    @Transactional
    public long recordPublished(long id, Long publishedBy, Instant publishedAt, String correctionNote, Instant now) {
        mapper.updatePublished(id, publishedBy, publishedAt, correctionNote, now);
        outbox.insert(id, now);
        long outboxId = outbox.lastInsertId();
        changed.fire(new ArticleChanged(id, correctionNote == null ? ArticleChanged.Kind.PUBLISHED
                : ArticleChanged.Kind.CORRECTED, now));
        return outboxId;
    }

    /**
     * Keeps the reason of a withdrawal with the article, tells every node's index (outbox) and fires
     * {@link ArticleChanged} {@code WITHDRAWN} in this transaction. Returns the outbox row's id.
     */
    @Transactional
    public long recordWithdrawn(long id, String reason, Instant now) {
        mapper.updateWithdrawReason(id, reason);
        outbox.insert(id, now);
        long outboxId = outbox.lastInsertId();
        changed.fire(new ArticleChanged(id, ArticleChanged.Kind.WITHDRAWN, now));
        return outboxId;
    }

    /** Removes the article from every editor pick list (a withdrawal does; they do not come back on restore). */
    @Transactional
    public void removePicks(long id) {
        mapper.deleteEditorPicksOfArticle(id);
    }

    /** Deletes an article with its tags, revisions and everything that cascades from it. */
    @Transactional
    public void delete(long id) {
        mapper.deleteArticle(id);
    }

    /** Up to {@code limit} articles of the newsroom list, newest change first, after the given position when {@code afterId} is set. */
    public List<Article> listNewsroom(NewsroomFilter filter, Instant afterUpdatedAt, Long afterId, int limit) {
        return mapper.listNewsroom(filter, afterUpdatedAt, afterId, limit);
    }

    /** The filter's articles per state ({@link ArticleStatus#db()} → count; states without articles absent). */
    public Map<String, Long> countNewsroom(NewsroomFilter filter) {
        Map<String, Long> out = new HashMap<>();
        for (StateCount c : mapper.countNewsroomByState(filter)) {
            out.put(c.getState(), c.getN());
        }
        return out;
    }

    /** Ids of scheduled articles whose publication time is at or before {@code now}, at most {@code limit}. */
    public List<Long> dueScheduled(Instant now, int limit) {
        return mapper.listDueScheduled(now, limit);
    }

    /**
     * Publishes a due scheduled article if this caller wins the database claim (a conditional UPDATE: of any
     * number of nodes, exactly one changes the row); writes the outbox row in the same transaction.
     *
     * @return true for the winner
     */
    @Transactional
    public boolean claimScheduled(long id, Instant now) {
        if (mapper.claimScheduled(id, now) != 1) {
            return false;
        }
        outbox.insert(id, now);
        return true;
    }

    /** Revision {@code n} of the article with every field; empty when there is none. */
    public Optional<ArticleRevision> revision(long id, int n) {
        return Optional.ofNullable(mapper.findRevision(id, n));
    }

    /** The newest revision with every field: what the newsroom edits. Empty for an unknown id. */
    public Optional<ArticleRevision> latestRevision(long id) {
        return Optional.ofNullable(mapper.findLatestRevision(id));
    }

    /** Every revision of the article without content, newest first. */
    public List<ArticleRevision> revisions(long id) {
        return mapper.listRevisions(id);
    }

    // ----- feeds (issue 10); the feed rules live in org.inkstone.syndication -----

    /**
     * Id and publication time (the only fields set) of the newest {@code limit} published articles of the channels
     * {@code channelIds} (of the whole site when null), newest first by publication time, then id. One index-only
     * query whatever the number of channels (see the mapper).
     *
     * @param channelIds 1 or more channel ids (unknown ones simply have no articles), or null for the site
     * @param limit      1–100
     * @throws IllegalArgumentException for an empty channel list or a limit out of range
     */
    public List<Article> newestPublished(List<String> channelIds, int limit) {
        if (channelIds != null && channelIds.isEmpty() || limit < 1 || limit > 100) {
            throw new IllegalArgumentException("channels " + channelIds + ", limit " + limit);
        }
        return mapper.listNewestPublishedIds(channelIds == null ? null : List.copyOf(channelIds), limit);
    }

    /**
     * The published articles among {@code ids} in the order of {@code ids}, with title, summary, byline, source,
     * body (plain text) and body HTML (null for an imported article), cover hash, channel, publication and
     * correction times; ids that are unknown or no longer published are left out. One query.
     */
    public List<Article> publishedForFeed(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Article> byId = new HashMap<>();
        for (Article a : mapper.listPublishedForFeed(ids)) {
            byId.put(a.getId(), a);
        }
        List<Article> out = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Article a = byId.get(id);
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }
}
