package org.inkstone.article;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One revision of an article as MyBatis maps it: every field an editor writes, numbered 1, 2, ... per article,
 * with what made it ({@code action}: {@code import}, {@code create}, {@code save}, {@code restore}, or a
 * transition such as {@code submit}), who ({@code createdBy}, null for an import or the operators' token) and
 * when. {@code body} is plain text (for an imported revision the imported text, else the text of
 * {@code bodyHtml}); {@code bodyHtml} is sanitized HTML, null for an imported revision. {@code tags} are joined
 * by a line feed (null: none). Times are UTC instants. Not thread-safe.
 */
public class ArticleRevision {
    private long articleId;
    private int n;
    private String title;
    private String subtitle;
    private String summary;
    private String body;
    private String bodyHtml;
    private String channelId;
    private String tags;
    private String source;
    private String byline;
    private String coverHash;
    private String coverCredit;
    private Instant publishAt;
    private String correctionNote;
    private String action;
    private Long createdBy;
    private Instant createdAt;
    private boolean imported;

    public long getArticleId() { return articleId; }
    public void setArticleId(long articleId) { this.articleId = articleId; }
    public int getN() { return n; }
    public void setN(int n) { this.n = n; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSubtitle() { return subtitle; }
    public void setSubtitle(String subtitle) { this.subtitle = subtitle; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getBodyHtml() { return bodyHtml; }
    public void setBodyHtml(String bodyHtml) { this.bodyHtml = bodyHtml; }
    public String getChannelId() { return channelId; }
    public void setChannelId(String channelId) { this.channelId = channelId; }
    public String getTags() { return tags; }
    public void setTags(String tags) { this.tags = tags; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getByline() { return byline; }
    public void setByline(String byline) { this.byline = byline; }
    public String getCoverHash() { return coverHash; }
    public void setCoverHash(String coverHash) { this.coverHash = coverHash; }
    public String getCoverCredit() { return coverCredit; }
    public void setCoverCredit(String coverCredit) { this.coverCredit = coverCredit; }
    public Instant getPublishAt() { return publishAt; }
    public void setPublishAt(Instant publishAt) { this.publishAt = publishAt; }
    public String getCorrectionNote() { return correctionNote; }
    public void setCorrectionNote(String correctionNote) { this.correctionNote = correctionNote; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public Long getCreatedBy() { return createdBy; }
    public void setCreatedBy(Long createdBy) { this.createdBy = createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public boolean isImported() { return imported; }
    public void setImported(boolean imported) { this.imported = imported; }

    /** The tags as a list (empty for none). */
    public List<String> tagList() {
        return tags == null || tags.isEmpty() ? List.of() : Arrays.asList(tags.split("\n"));
    }

    /** A copy with the same content (every editor-written field), for a new revision; action, author and time unset. */
    public ArticleRevision copyContent() {
        ArticleRevision r = new ArticleRevision();
        r.articleId = articleId;
        r.title = title;
        r.subtitle = subtitle;
        r.summary = summary;
        r.body = body;
        r.bodyHtml = bodyHtml;
        r.channelId = channelId;
        r.tags = tags;
        r.source = source;
        r.byline = byline;
        r.coverHash = coverHash;
        r.coverCredit = coverCredit;
        r.publishAt = publishAt;
        r.correctionNote = correctionNote;
        return r;
    }

    /**
     * Whether every editor-written field is equal, {@code publishAt} and {@code correctionNote} included: the
     * newsroom counts any difference as a content change.
     */
    public boolean sameContent(ArticleRevision o) {
        return java.util.Objects.equals(title, o.title) && java.util.Objects.equals(subtitle, o.subtitle)
                && java.util.Objects.equals(summary, o.summary) && java.util.Objects.equals(body, o.body)
                && java.util.Objects.equals(bodyHtml, o.bodyHtml) && java.util.Objects.equals(channelId, o.channelId)
                && java.util.Objects.equals(tags, o.tags) && java.util.Objects.equals(source, o.source)
                && java.util.Objects.equals(byline, o.byline) && java.util.Objects.equals(coverHash, o.coverHash)
                && java.util.Objects.equals(coverCredit, o.coverCredit) && java.util.Objects.equals(publishAt, o.publishAt)
                && java.util.Objects.equals(correctionNote, o.correctionNote);
    }
}
