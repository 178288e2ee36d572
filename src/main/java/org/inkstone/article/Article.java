package org.inkstone.article;

import java.time.Instant;

/**
 * One article row as MyBatis maps it. {@code body} is plain text: paragraphs separated by line breaks,
 * never markup. {@code status} is one of draft, review, published, withdrawn. Times are UTC instants.
 * Not thread-safe; instances are not shared after loading.
 */
public class Article {
    private Long id;
    private String externalId;
    private String channelId;
    private String title;
    private String source;
    private String body;
    private String status;
    private Instant publishedAt;
    private Instant createdAt;
    private Instant updatedAt;
    private long views;
    private long commentCount;
    /** Comma-separated tags, as loaded for indexing; null when not loaded. */
    private String tagsCsv;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getExternalId() { return externalId; }
    public void setExternalId(String externalId) { this.externalId = externalId; }
    public String getChannelId() { return channelId; }
    public void setChannelId(String channelId) { this.channelId = channelId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public Instant getPublishedAt() { return publishedAt; }
    public void setPublishedAt(Instant publishedAt) { this.publishedAt = publishedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public long getViews() { return views; }
    public void setViews(long views) { this.views = views; }
    public String getTagsCsv() { return tagsCsv; }
    public void setTagsCsv(String tagsCsv) { this.tagsCsv = tagsCsv; }

    /** Approved comments (共有 N 条评论). */
    public long getCommentCount() {
        return commentCount;
    }

    public void setCommentCount(long commentCount) {
        this.commentCount = commentCount;
    }
}
