package org.inkstone.newsroom;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** The JSON answers of the newsroom API (records: immutable). Times are in the site's offset. */
public final class NewsroomViews {

    private NewsroomViews() {
    }

    /** An account as the newsroom shows it. */
    public record Person(long id, String displayName) {
    }

    /** A cover image: media hash, 图片来源, and its URL relative to the application root. */
    public record Cover(String hash, String credit) {
    }

    /** A sensitive word found: {@code field} (title, subtitle, summary, body) and UTF-16 {@code [start, end)} in that field's plain text. */
    public record Sensitive(String word, String field, int start, int end) {
    }

    /** A correction note and when it went live. */
    public record Correction(OffsetDateTime at, String note) {
    }

    /** {@code POST /api/newsroom/articles} → 201. */
    public record Created(long id, String status, int version) {
    }

    /** {@code PUT /api/newsroom/articles/{id}} → 200, with the near-duplicates of the saved text. */
    public record Saved(int version, String status, int reviewLevel, List<Sensitive> sensitive,
                        List<NearDuplicate> nearDuplicates) {
    }

    /**
     * A published article whose text is a near-duplicate of the article being edited: exact Jaccard index (0.95
     * to 1, 4 decimals) of the two texts' 5-character shingles (headline + body; {@code search.NearDuplicates}),
     * and its page's URL (absolute path).
     */
    public record NearDuplicate(long id, String title, double jaccard, String url) {
    }

    /** A transition taken → 200. */
    public record Moved(String status, int version, int reviewLevel) {
    }

    /**
     * One article as the newsroom edits it: the fields of its newest revision, its state ({@code status}: of a
     * correction being prepared when {@code live} is true and there is one), version, review level (0 when not in
     * review) of {@code reviewLevels}, who created and who published it, the newest {@code revision} number, the
     * sensitive words found, the published articles its current text is a near-duplicate of (a warning before
     * submitting or publishing; never the article itself) and the transitions the caller may take now.
     */
    public record Article(long id, String title, String subtitle, String summary, String bodyHtml, String channel,
                          List<String> tags, String source, String byline, Cover coverImage, OffsetDateTime publishAt,
                          String correctionNote, String status, int version, int reviewLevel, int reviewLevels,
                          boolean live, int revision, Person author, Person publishedBy, OffsetDateTime publishedAt,
                          OffsetDateTime updatedAt, Correction correction, String withdrawReason,
                          List<Sensitive> sensitive, List<String> allowedActions, List<NearDuplicate> nearDuplicates) {
    }

    /** A channel reference in list items. */
    public record ChannelRef(String id, String name) {
    }

    /** One row of the newsroom list. */
    public record Item(long id, String title, String status, int reviewLevel, ChannelRef channel, Person author,
                       OffsetDateTime updatedAt, int version, boolean live) {
    }

    /** A page of the list, the counts per state of the whole filter, and the next page's cursor (null on the last). */
    public record ItemPage(List<Item> items, Map<String, Long> counts, String nextCursor) {
    }

    /** A revision in the list. */
    public record RevisionItem(int n, OffsetDateTime at, Person by, String action, boolean imported) {
    }

    /** A list of revisions, newest first. */
    public record Revisions(List<RevisionItem> items) {
    }

    /** One revision with every field. */
    public record Revision(int n, OffsetDateTime at, Person by, String action, boolean imported, String title,
                           String subtitle, String summary, String bodyHtml, String channel, List<String> tags,
                           String source, String byline, Cover coverImage, OffsetDateTime publishAt, String correctionNote) {
    }

    /** One run of a diff. */
    public record Change(String op, String text) {
    }

    /** The changes of one field. */
    public record FieldDiff(String field, List<Change> changes) {
    }

    /** {@code GET .../diff}. */
    public record Diff(int from, int to, List<FieldDiff> fields) {
    }

    /** One audited transition. */
    public record HistoryItem(OffsetDateTime at, Person by, String action, String from, String to, int fromLevel,
                              int toLevel, String reason, int revision, boolean sensitiveAcknowledged) {
    }

    /** The audit, newest first. */
    public record History(List<HistoryItem> items) {
    }

    /** {@code POST .../revisions/{n}/restore} → 200. */
    public record Restored(int version, int revision) {
    }
}
