package org.inkstone.comment;

import java.time.Instant;

/**
 * A row of {@code comment}, plus columns joined for views: {@code authorRole} (the account's role, null for
 * anonymous writers), {@code username} and {@code holdReason} (moderation: the reason of the latest
 * {@code hold} or {@code requeue} in the moderation log), and {@code articleTitle} (set by the moderation
 * queue from the article service). {@code email} is never shown to anyone and never indexed.
 */
public class Comment {
    private long id;
    private long articleId;
    private Long parentId;
    private Long rootId;
    private int depth;
    private Long accountId;
    private String nickname;
    private String email;
    private String bodyHtml;
    private String status;
    private String clientHash;
    private String writerKey;
    private int flags;
    private Instant createdAt;
    private Instant updatedAt;
    private String authorRole;
    private String username;
    private String articleTitle;
    private String holdReason;

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public long getArticleId() { return articleId; }
    public void setArticleId(long articleId) { this.articleId = articleId; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public Long getRootId() { return rootId; }
    public void setRootId(Long rootId) { this.rootId = rootId; }
    public int getDepth() { return depth; }
    public void setDepth(int depth) { this.depth = depth; }
    public Long getAccountId() { return accountId; }
    public void setAccountId(Long accountId) { this.accountId = accountId; }
    public String getNickname() { return nickname; }
    public void setNickname(String nickname) { this.nickname = nickname; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getBodyHtml() { return bodyHtml; }
    public void setBodyHtml(String bodyHtml) { this.bodyHtml = bodyHtml; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getClientHash() { return clientHash; }
    public void setClientHash(String clientHash) { this.clientHash = clientHash; }
    public String getWriterKey() { return writerKey; }
    public void setWriterKey(String writerKey) { this.writerKey = writerKey; }
    public int getFlags() { return flags; }
    public void setFlags(int flags) { this.flags = flags; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public String getAuthorRole() { return authorRole; }
    public void setAuthorRole(String authorRole) { this.authorRole = authorRole; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getArticleTitle() { return articleTitle; }
    public void setArticleTitle(String articleTitle) { this.articleTitle = articleTitle; }
    public String getHoldReason() { return holdReason; }
    public void setHoldReason(String holdReason) { this.holdReason = holdReason; }

    /** Written by an account with a staff role (moderator and above). */
    public boolean isByStaff() {
        return authorRole != null && !"reader".equals(authorRole);
    }
}
