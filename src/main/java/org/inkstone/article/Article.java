package org.inkstone.article;

import java.time.Instant;

/**
 * One article row as MyBatis maps it. {@code body} is plain text: paragraphs separated by line breaks,
 * never markup; {@code bodyHtml} is the sanitized body HTML of a newsroom article (null for an imported one).
 * {@code status} is an {@link ArticleStatus#db()} value; {@code pendingStatus} the state of a correction being
 * prepared for a published article (null when none). Times are UTC instants. The newsroom columns are loaded
 * only by the newsroom's queries.
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
    private String subtitle;
    private String summary;
    private String byline;
    private String bodyHtml;
    private String coverHash;
    private String coverCredit;
    private int version;
    private int reviewLevel;
    private String pendingStatus;
    private Long authorId;
    private Long contentBy;
    private Long publishedBy;
    private Instant publishAt;
    private String correctionNote;
    private Instant correctedAt;
    private String withdrawReason;

    public String getSubtitle() { return subtitle; }
    public void setSubtitle(String subtitle) { this.subtitle = subtitle; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getByline() { return byline; }
    public void setByline(String byline) { this.byline = byline; }
    public String getBodyHtml() { return bodyHtml; }
    public void setBodyHtml(String bodyHtml) { this.bodyHtml = bodyHtml; }
    public String getCoverHash() { return coverHash; }
    public void setCoverHash(String coverHash) { this.coverHash = coverHash; }
    public String getCoverCredit() { return coverCredit; }
    public void setCoverCredit(String coverCredit) { this.coverCredit = coverCredit; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public int getReviewLevel() { return reviewLevel; }
    public void setReviewLevel(int reviewLevel) { this.reviewLevel = reviewLevel; }
    public String getPendingStatus() { return pendingStatus; }
    public void setPendingStatus(String pendingStatus) { this.pendingStatus = pendingStatus; }
    public Long getAuthorId() { return authorId; }
    public void setAuthorId(Long authorId) { this.authorId = authorId; }
    public Long getContentBy() { return contentBy; }
    public void setContentBy(Long contentBy) { this.contentBy = contentBy; }
    public Long getPublishedBy() { return publishedBy; }
    public void setPublishedBy(Long publishedBy) { this.publishedBy = publishedBy; }
    public Instant getPublishAt() { return publishAt; }
    public void setPublishAt(Instant publishAt) { this.publishAt = publishAt; }
    public String getCorrectionNote() { return correctionNote; }
    public void setCorrectionNote(String correctionNote) { this.correctionNote = correctionNote; }
    public Instant getCorrectedAt() { return correctedAt; }
    public void setCorrectedAt(Instant correctedAt) { this.correctedAt = correctedAt; }
    public String getWithdrawReason() { return withdrawReason; }
    public void setWithdrawReason(String withdrawReason) { this.withdrawReason = withdrawReason; }

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
