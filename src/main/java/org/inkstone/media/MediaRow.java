package org.inkstone.media;

import java.time.Instant;

/**
 * A stored image without its bytes (columns of {@code media}), with the widths of its page sizes. A MyBatis
 * row bean: mutable, not shared between threads.
 */
public class MediaRow {
    private long id;
    private String hash;
    private String encoding;
    private String sourceFormat;
    private int width;
    private int height;
    private int byteSize;
    private String alt;
    private Long uploaderId;
    private Instant createdAt;
    /** Comma-separated widths of the renditions, or null for none. */
    private String renditionWidths;

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public String getHash() { return hash; }
    public void setHash(String hash) { this.hash = hash; }
    public String getEncoding() { return encoding; }
    public void setEncoding(String encoding) { this.encoding = encoding; }
    public String getSourceFormat() { return sourceFormat; }
    public void setSourceFormat(String sourceFormat) { this.sourceFormat = sourceFormat; }
    public int getWidth() { return width; }
    public void setWidth(int width) { this.width = width; }
    public int getHeight() { return height; }
    public void setHeight(int height) { this.height = height; }
    public int getByteSize() { return byteSize; }
    public void setByteSize(int byteSize) { this.byteSize = byteSize; }
    public String getAlt() { return alt; }
    public void setAlt(String alt) { this.alt = alt; }
    public Long getUploaderId() { return uploaderId; }
    public void setUploaderId(Long uploaderId) { this.uploaderId = uploaderId; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public String getRenditionWidths() { return renditionWidths; }
    public void setRenditionWidths(String renditionWidths) { this.renditionWidths = renditionWidths; }

    /** The rendition widths, widest first. */
    public java.util.List<Integer> renditionWidths() {
        if (renditionWidths == null || renditionWidths.isEmpty()) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(renditionWidths.split(",")).map(String::trim).map(Integer::valueOf)
                .sorted(java.util.Comparator.reverseOrder()).toList();
    }
}
