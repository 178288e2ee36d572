package org.inkstone.syndication;

import java.time.Instant;
import java.util.List;

/**
 * A partner media centre (a {@code partner} row, see V9, with its {@code partner_channel} rows in
 * {@link #getChannels()}). Holds the signing secrets: never put one into an answer except right after it was
 * generated. Mutable bean for MyBatis; not shared between threads.
 */
public class Partner {
    private long id;
    private String name;
    private String endpoint;
    private String format;
    private String keyHash;
    private String secret;
    private String previousSecret;
    private Instant previousSecretUntil;
    private boolean paused;
    private String pausedReason;
    private Instant failingSince;
    private long startSeq;
    private Instant createdAt;
    private Instant updatedAt;
    private List<String> channels = List.of();

    /** The partner's format. */
    public Format format() {
        return Format.of(format).orElseThrow(() -> new IllegalStateException("partner " + id + " has format " + format));
    }

    /** The previous secret while it still signs at {@code now} (a rotation's grace period), else null. */
    public String previousSecretAt(Instant now) {
        return previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil) ? previousSecret : null;
    }

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEndpoint() { return endpoint; }
    public void setEndpoint(String endpoint) { this.endpoint = endpoint; }
    public String getFormat() { return format; }
    public void setFormat(String format) { this.format = format; }
    public String getKeyHash() { return keyHash; }
    public void setKeyHash(String keyHash) { this.keyHash = keyHash; }
    public String getSecret() { return secret; }
    public void setSecret(String secret) { this.secret = secret; }
    public String getPreviousSecret() { return previousSecret; }
    public void setPreviousSecret(String previousSecret) { this.previousSecret = previousSecret; }
    public Instant getPreviousSecretUntil() { return previousSecretUntil; }
    public void setPreviousSecretUntil(Instant previousSecretUntil) { this.previousSecretUntil = previousSecretUntil; }
    public boolean isPaused() { return paused; }
    public void setPaused(boolean paused) { this.paused = paused; }
    public String getPausedReason() { return pausedReason; }
    public void setPausedReason(String pausedReason) { this.pausedReason = pausedReason; }
    public Instant getFailingSince() { return failingSince; }
    public void setFailingSince(Instant failingSince) { this.failingSince = failingSince; }
    public long getStartSeq() { return startSeq; }
    public void setStartSeq(long startSeq) { this.startSeq = startSeq; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public List<String> getChannels() { return channels; }
    public void setChannels(List<String> channels) { this.channels = channels == null ? List.of() : List.copyOf(channels); }
}
