package org.inkstone.newsroom;

import java.time.Instant;

/** An autosaved working copy as MyBatis maps it: the fields as JSON text and when they were saved. */
public class WorkingCopy {
    private String fields;
    private Instant savedAt;

    public String getFields() { return fields; }
    public void setFields(String fields) { this.fields = fields; }
    public Instant getSavedAt() { return savedAt; }
    public void setSavedAt(Instant savedAt) { this.savedAt = savedAt; }
}
