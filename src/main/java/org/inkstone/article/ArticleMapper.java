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
}
