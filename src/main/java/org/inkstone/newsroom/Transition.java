package org.inkstone.newsroom;

import java.time.Instant;

/**
 * One audited transition as MyBatis maps it: who ({@code actorId}, null for the operators' token), when, the
 * action, the state and review level before and after, the reason, the revision it made, and whether the caller
 * acknowledged sensitive words. Not thread-safe.
 */
public class Transition {
    private long id;
    private long articleId;
    private Long actorId;
    private String action;
    private String fromStatus;
    private String toStatus;
    private int fromLevel;
    private int toLevel;
    private String reason;
    private int revision;
    private boolean sensitiveAcknowledged;
    private Instant createdAt;

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public long getArticleId() { return articleId; }
    public void setArticleId(long articleId) { this.articleId = articleId; }
    public Long getActorId() { return actorId; }
    public void setActorId(Long actorId) { this.actorId = actorId; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public String getFromStatus() { return fromStatus; }
    public void setFromStatus(String fromStatus) { this.fromStatus = fromStatus; }
    public String getToStatus() { return toStatus; }
    public void setToStatus(String toStatus) { this.toStatus = toStatus; }
    public int getFromLevel() { return fromLevel; }
    public void setFromLevel(int fromLevel) { this.fromLevel = fromLevel; }
    public int getToLevel() { return toLevel; }
    public void setToLevel(int toLevel) { this.toLevel = toLevel; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public int getRevision() { return revision; }
    public void setRevision(int revision) { this.revision = revision; }
    public boolean isSensitiveAcknowledged() { return sensitiveAcknowledged; }
    public void setSensitiveAcknowledged(boolean sensitiveAcknowledged) { this.sensitiveAcknowledged = sensitiveAcknowledged; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
}
