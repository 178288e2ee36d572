package org.inkstone.article;

import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.cursor.Cursor;

import java.time.Instant;
import java.util.List;

import org.mybatis.cdi.Mapper;

/** Article rows. SQL lives in the XML twin {@code org/inkstone/article/ArticleMapper.xml}. */
@Mapper
public interface ArticleMapper {

    /** The published article with that id (with its channel name), or null. */
    Article findPublishedById(@Param("id") long id);

    /** Published articles among {@code ids} (any order; callers restore their own). Body not loaded. */
    List<Article> listPublishedSummariesByIds(@Param("ids") List<Long> ids);


    long countPublishedByChannel(@Param("channelId") String channelId);

    /**
     * Up to {@code limit} published articles (of one channel, or of the site when channelId is null), newest
     * first by {@code (published_at DESC, id DESC)}: after the position {@code afterPublishedAt} (UTC
     * {@code yyyy-MM-dd HH:mm:ss.SSS}) / {@code afterId} when afterId is not null, skipping {@code offset} rows.
     * Body not loaded. Reads an index range only (idx_article_published or idx_article_channel_published), then
     * the rows of the page.
     */
    List<Article> listPublishedPage(@Param("channelId") String channelId, @Param("afterPublishedAt") String afterPublishedAt,
                                    @Param("afterId") Long afterId, @Param("offset") int offset, @Param("limit") int limit);

    /** Newest published articles of the site, at most {@code limit}. Body not loaded. */
    List<Article> listLatestPublished(@Param("limit") int limit);

    /**
     * Up to {@code limit} published articles with views or comments (of one channel, or of the site when
     * channelId is null; published at or after publishedSince unless it is null), by views + commentWeight ×
     * comment_count, highest first, then newest id.
     */
    List<Article> listMostViewed(@Param("channelId") String channelId, @Param("commentWeight") int commentWeight,
                                 @Param("publishedSince") Instant publishedSince, @Param("limit") int limit);

    /** Ids of unexpired editor picks of a channel (site-wide picks when channelId is null), in pick order. */
    List<Long> listEditorPickIds(@Param("channelId") String channelId, @Param("now") Instant now);

    int insertEditorPick(@Param("channelId") String channelId, @Param("articleId") long articleId,
                         @Param("position") int position, @Param("expiresAt") Instant expiresAt);

    /** Removes every editor pick (of any channel and the site) of an article; the number removed. */
    int deleteEditorPicksOfArticle(@Param("articleId") long articleId);

    /** Inserts a pick from its channel id (null: site-wide), article id, position and expiry; sets its generated id. */
    int insertEditorPickRow(EditorPick pick);

    /** Which of these external ids already exist. */
    List<String> listExistingExternalIds(@Param("externalIds") List<String> externalIds);

    /** Inserts an article; sets its generated id. */
    int insert(Article article);

    int insertTag(@Param("articleId") long articleId, @Param("tag") String tag);

    int updateStatus(@Param("id") long id, @Param("status") String status, @Param("now") Instant now);

    /** Adds {@code delta} to the stored view count. */
    int addViews(@Param("id") long id, @Param("delta") long delta);

    /** Published articles among {@code ids}, with body and tags, for the index. */
    List<Article> listPublishedForIndex(@Param("ids") List<Long> ids);

    /** Every published article, with body and tags, streamed (for a full index rebuild). */
    Cursor<Article> streamPublishedForIndex();

    long countPublished();

    /** The article's status, locking its row until the transaction ends; null for an unknown id. */
    String findStatusForUpdate(@Param("id") long id);

    /** Adds {@code delta} (may be negative) to {@code comment_count}; the column's CHECK keeps it at 0 or more. */
    int updateCommentCount(@Param("id") long id, @Param("delta") int delta);

    /** {@code comment_count} of a published article; null when the article is not published. */
    Long findPublishedCommentCount(@Param("id") long id);

    /** Id and title of the articles among {@code ids}, in any status and order. */
    List<Article> listTitlesByIds(@Param("ids") List<Long> ids);

    // ----- newsroom (issue 9) -----

    /** The article in any state with every newsroom column, or null. Body not loaded. */
    Article findForNewsroom(@Param("id") long id);

    /** As {@link #findForNewsroom}, locking the row until the transaction ends. */
    Article findForNewsroomForUpdate(@Param("id") long id);

    /** The stored status, or null for an unknown id. */
    String findStatus(@Param("id") long id);

    /** Inserts a newsroom article (version 1); sets its generated id. */
    int insertNewsroom(Article article);

    /** Copies the content fields of {@code r} into the article row (what readers see once it is published). */
    int updateContent(@Param("id") long id, @Param("r") ArticleRevision r);

    int deleteTags(@Param("id") long id);

    /** The article's tags in tag order. */
    java.util.List<String> listTags(@Param("id") long id);

    /**
     * Sets the workflow columns and adds 1 to the version, only if the version is still {@code version};
     * returns the rows changed (0: someone else wrote first).
     */
    int updateWorkflow(@Param("id") long id, @Param("version") int version, @Param("status") String status,
                       @Param("pendingStatus") String pendingStatus, @Param("reviewLevel") int reviewLevel,
                       @Param("publishAt") Instant publishAt, @Param("contentBy") Long contentBy, @Param("now") Instant now);

    /** Records who published, the first publication time, and a correction note (null: none, which clears the last one). */
    int updatePublished(@Param("id") long id, @Param("publishedBy") Long publishedBy, @Param("publishedAt") Instant publishedAt,
                        @Param("correctionNote") String correctionNote, @Param("now") Instant now);

    int updateWithdrawReason(@Param("id") long id, @Param("reason") String reason);

    int deleteArticle(@Param("id") long id);

    /** Up to {@code limit} articles of the filter, newest change first, after ({@code afterUpdatedAt}, {@code afterId}) when afterId is set. */
    List<Article> listNewsroom(@Param("f") NewsroomFilter filter, @Param("afterUpdatedAt") Instant afterUpdatedAt,
                               @Param("afterId") Long afterId, @Param("limit") int limit);

    /** Articles of the filter per state. */
    List<StateCount> countNewsroomByState(@Param("f") NewsroomFilter filter);

    /** Ids of scheduled articles whose time has come, oldest time first. */
    List<Long> listDueScheduled(@Param("now") Instant now, @Param("limit") int limit);

    /** Publishes a due scheduled article; 1 for the one caller that wins the claim, 0 for every other. */
    int claimScheduled(@Param("id") long id, @Param("now") Instant now);

    int insertRevision(ArticleRevision revision);

    /** The newest revision number, 0 when none. */
    int findLastRevisionNumber(@Param("id") long id);

    ArticleRevision findRevision(@Param("id") long id, @Param("n") int n);

    ArticleRevision findLatestRevision(@Param("id") long id);

    /** Every revision, newest first, without content (n, action, createdBy, createdAt, imported). */
    List<ArticleRevision> listRevisions(@Param("id") long id);

    // ----- feeds (issue 10): read by org.inkstone.syndication through ArticleService -----

    /**
     * Id and {@code published_at} of the newest {@code limit} published articles of the channels {@code channelIds}
     * (the site when null), newest first by {@code (published_at DESC, id DESC)}. Each channel is read as its own
     * backward range of idx_article_channel_published (at most {@code limit} index entries each), the site as one
     * range of idx_article_published; the union is then ordered and cut to {@code limit}.
     */
    List<Article> listNewestPublishedIds(@Param("channelIds") List<String> channelIds, @Param("limit") int limit);

    /**
     * Published articles among {@code ids} (any order) with what a feed entry shows: title, summary, byline, body
     * and body HTML, cover hash, channel, publication and correction times.
     */
    List<Article> listPublishedForFeed(@Param("ids") List<Long> ids);
}
