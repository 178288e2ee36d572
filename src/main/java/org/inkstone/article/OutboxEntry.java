package org.inkstone.article;

/** One outbox row: article {@code articleId} changed; {@code id} is its position in the outbox. */
public class OutboxEntry {
    private long id;
    private long articleId;

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public long getArticleId() { return articleId; }
    public void setArticleId(long articleId) { this.articleId = articleId; }
}
