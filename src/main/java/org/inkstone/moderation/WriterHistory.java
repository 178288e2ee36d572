package org.inkstone.moderation;

/**
 * What the moderation rules may ask about a writer's past comments; implemented by the comment side, which
 * owns the comment tables. Implementations are thread-safe.
 */
public interface WriterHistory {

    /** Approved comments from the client address with keyed hash {@code clientHash}, counted up to {@code upTo} (the answer is at most {@code upTo}). */
    long approvedByClient(String clientHash, int upTo);
}
