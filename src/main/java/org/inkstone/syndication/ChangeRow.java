package org.inkstone.syndication;

import java.time.Instant;

/** A {@code syndication_item} row as MyBatis maps it (see {@link Change} for the fields). */
public class ChangeRow {
    private long articleId;
    private long seq;
    private int version;
    private String pubstatus;
    private String channelId;
    private Instant firstCreated;
    private Instant changedAt;

    public Change toChange() {
        return new Change(articleId, seq, version, PubStatus.of(pubstatus), channelId, firstCreated, changedAt);
    }

    public long getArticleId() { return articleId; }
    public void setArticleId(long articleId) { this.articleId = articleId; }
    public long getSeq() { return seq; }
    public void setSeq(long seq) { this.seq = seq; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public String getPubstatus() { return pubstatus; }
    public void setPubstatus(String pubstatus) { this.pubstatus = pubstatus; }
    public String getChannelId() { return channelId; }
    public void setChannelId(String channelId) { this.channelId = channelId; }
    public Instant getFirstCreated() { return firstCreated; }
    public void setFirstCreated(Instant firstCreated) { this.firstCreated = firstCreated; }
    public Instant getChangedAt() { return changedAt; }
    public void setChangedAt(Instant changedAt) { this.changedAt = changedAt; }
}
