package org.inkstone.newsroom;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The fields an editor writes, as {@code POST}/{@code PUT /api/newsroom/articles} and the working copy take them.
 * Limits (checked by {@link NewsroomService}, in characters = code points): {@code title} 1–200, {@code subtitle}
 * 0–200, {@code summary} 0–500, {@code bodyHtml} up to {@code inkstone.newsroom.body-max-chars} after sanitizing,
 * {@code channel} a channel id, {@code tags} at most 10 of 1–32 each, {@code source} and {@code byline} 0–100,
 * {@code coverImage} null or {@code {hash: 64 lowercase hex of an image in the media library (else 400 naming
 * coverImage), credit: 0–100}}, {@code publishAt} RFC 3339 with offset
 * or null, {@code correctionNote} 0–500 (更正说明, shown on the page when a correction of a published article goes
 * live), {@code version} the version edited ({@code PUT} only; ignored elsewhere). Absent strings count as empty.
 */
public class ArticleInput {
    public String title;
    public String subtitle;
    public String summary;
    public String bodyHtml;
    public String channel;
    public List<String> tags;
    public String source;
    public String byline;
    public Cover coverImage;
    public OffsetDateTime publishAt;
    public String correctionNote;
    @JsonbTypeDeserializer(VersionDeserializer.class)
    public Integer version;

    /** A cover image: its media hash and 图片来源 (credit). */
    public static class Cover {
        public String hash;
        public String credit;
    }
}
