package org.inkstone.common;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Whom a limit, a duplicate guard or a block is about: an account, or a client address known only by its
 * keyed hash ({@link ClientAddress#hash}). Stored and counted under {@link #key()}: {@code a:<account id>}
 * or {@code c:<client hash>} (the form of {@code block.subject}, {@code comment_dedupe.author_key} and the
 * subject part of {@code rate_window.bucket}). Immutable.
 *
 * @param accountId the account, or null for a client
 * @param clientHash the client's keyed hash (64 lower-case hex digits), or null for an account
 */
public record Subject(Long accountId, String clientHash) {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    /** @throws IllegalArgumentException unless exactly one of the two is given, an id is positive and a hash is 64 hex digits */
    public Subject {
        if ((accountId == null) == (clientHash == null)) {
            throw new IllegalArgumentException("a subject is an account or a client, not both or neither");
        }
        if (accountId != null && accountId <= 0) {
            throw new IllegalArgumentException("account id must be positive: " + accountId);
        }
        if (clientHash != null && !HASH.matcher(clientHash).matches()) {
            throw new IllegalArgumentException("client hash must be 64 lower-case hex digits");
        }
    }

    /** The account {@code id} (positive). */
    public static Subject account(long id) {
        return new Subject(id, null);
    }

    /** The client address with keyed hash {@code hash} (64 lower-case hex digits). */
    public static Subject client(String hash) {
        return new Subject(null, Objects.requireNonNull(hash, "hash"));
    }

    /**
     * Reads a stored key back.
     *
     * @throws IllegalArgumentException for anything but {@code a:<positive id>} or {@code c:<64 hex digits>}
     */
    public static Subject parse(String key) {
        if (key != null && key.startsWith("a:")) {
            try {
                return account(Long.parseLong(key.substring(2)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a subject key: " + key, e);
            }
        }
        if (key != null && key.startsWith("c:")) {
            return client(key.substring(2));
        }
        throw new IllegalArgumentException("not a subject key: " + key);
    }

    public boolean isAccount() {
        return accountId != null;
    }

    /** {@code a:<account id>} or {@code c:<client hash>}. */
    public String key() {
        return accountId != null ? "a:" + accountId : "c:" + clientHash;
    }

    @Override
    public String toString() {
        return key();
    }
}
