package org.inkstone.account;

import java.time.Instant;

/**
 * A row of {@code account}. {@code passwordHash} is the PBKDF2 string of {@link Passwords}; never serialised.
 * {@code sessionEpoch} counts password changes (sessions of an older epoch are over); {@code displaySkeleton} is
 * the confusable skeleton of {@code displayName} ({@link DisplayNames#skeleton}), unique among accounts.
 * {@code disabled}: the account cannot log in (set by an administrator); {@code mustChangePassword}: its password
 * is a one-time password from an administrator's reset, to be replaced at the next log-in.
 */
public class Account {
    private long id;
    private String username;
    private String displayName;
    private String passwordHash;
    private String role;
    private Instant createdAt;
    private int sessionEpoch;
    private String displaySkeleton;
    private boolean disabled;
    private boolean mustChangePassword;

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getPasswordHash() { return passwordHash; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }

    public int getSessionEpoch() { return sessionEpoch; }
    public void setSessionEpoch(int sessionEpoch) { this.sessionEpoch = sessionEpoch; }
    public String getDisplaySkeleton() { return displaySkeleton; }
    public void setDisplaySkeleton(String displaySkeleton) { this.displaySkeleton = displaySkeleton; }

    public boolean isDisabled() { return disabled; }
    public void setDisabled(boolean disabled) { this.disabled = disabled; }
    public boolean isMustChangePassword() { return mustChangePassword; }
    public void setMustChangePassword(boolean mustChangePassword) { this.mustChangePassword = mustChangePassword; }

    public Role role() {
        return Role.of(role);
    }
}
