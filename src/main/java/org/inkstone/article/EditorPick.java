package org.inkstone.article;

import java.time.Instant;

/** A row of {@code editor_pick} with its article's title: {@code channelId} null for the site-wide list. */
public class EditorPick {
    private long id;
    private String channelId;
    private long articleId;
    private String title;
    private int position;
    private Instant expiresAt;

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public String getChannelId() { return channelId; }
    public void setChannelId(String channelId) { this.channelId = channelId; }
    public long getArticleId() { return articleId; }
    public void setArticleId(long articleId) { this.articleId = articleId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public Instant getExpiresAt() { return expiresAt; }
    public void setExpiresAt(Instant expiresAt) { this.expiresAt = expiresAt; }
}
