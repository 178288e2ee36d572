package org.inkstone.newsroom;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;

import java.time.OffsetDateTime;

/**
 * {@code POST /api/newsroom/articles/{id}/transitions}: {@code action} (submit, approve, return, publish,
 * unschedule, withdraw, restore), {@code version} (required), {@code reason} (0–500 characters; required by return
 * and withdraw), {@code publishAt} (RFC 3339 with offset, in the future; sets the version's publication time),
 * {@code acknowledgeSensitive} (required true for submit, approve and publish when the version holds sensitive words).
 */
public class TransitionInput {
    public String action;
    @JsonbTypeDeserializer(VersionDeserializer.class)
    public Integer version;
    public String reason;
    public OffsetDateTime publishAt;
    public Boolean acknowledgeSensitive;
}
