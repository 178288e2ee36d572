package org.inkstone.syndication;

import java.time.Instant;

/** A {@code delivery} row (see V9): one push of one version of one article to one partner. Mutable bean for MyBatis. */
public class Delivery {
    private long id;
    private String uid;
    private long partnerId;
    private long articleId;
    private int version;
    private String pubstatus;
    private String document;
    private String status;
    private int attempts;
    private Instant nextAttemptAt;
    private Instant retryUntil;
    private String leaseOwner;
    private Instant leaseUntil;
    private Integer lastCode;
    private String lastError;
    private Instant createdAt;
    private Instant lastAttemptAt;
    private Instant finishedAt;

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public String getUid() { return uid; }
    public void setUid(String uid) { this.uid = uid; }
    public long getPartnerId() { return partnerId; }
    public void setPartnerId(long partnerId) { this.partnerId = partnerId; }
    public long getArticleId() { return articleId; }
    public void setArticleId(long articleId) { this.articleId = articleId; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public String getPubstatus() { return pubstatus; }
    public void setPubstatus(String pubstatus) { this.pubstatus = pubstatus; }
    public String getDocument() { return document; }
    public void setDocument(String document) { this.document = document; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public int getAttempts() { return attempts; }
    public void setAttempts(int attempts) { this.attempts = attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public void setNextAttemptAt(Instant nextAttemptAt) { this.nextAttemptAt = nextAttemptAt; }
    public Instant getRetryUntil() { return retryUntil; }
    public void setRetryUntil(Instant retryUntil) { this.retryUntil = retryUntil; }
    public String getLeaseOwner() { return leaseOwner; }
    public void setLeaseOwner(String leaseOwner) { this.leaseOwner = leaseOwner; }
    public Instant getLeaseUntil() { return leaseUntil; }
    public void setLeaseUntil(Instant leaseUntil) { this.leaseUntil = leaseUntil; }
    public Integer getLastCode() { return lastCode; }
    public void setLastCode(Integer lastCode) { this.lastCode = lastCode; }
    public String getLastError() { return lastError; }
    public void setLastError(String lastError) { this.lastError = lastError; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getLastAttemptAt() { return lastAttemptAt; }
    public void setLastAttemptAt(Instant lastAttemptAt) { this.lastAttemptAt = lastAttemptAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public void setFinishedAt(Instant finishedAt) { this.finishedAt = finishedAt; }
}
