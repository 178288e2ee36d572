package org.inkstone.account;

/**
 * The ids of sessions that were ended on purpose (log-out, a log-in over the session, an ended epoch, the
 * replaced id of a password change), known to every node. Why: with replicated sessions each clustered node
 * keeps its own copy of a session, and invalidating it on one node does not reach the other node's copy,
 * which would go on serving the old session id logged in (and write itself back into the grid).
 * {@link SessionAuthenticationMechanism} asks {@link #isEnded} on every request that carries a logged-in
 * session and invalidates that node's copy when the answer is yes.
 * <p>
 * An id is remembered for at least the session timeout after it was last asked about (a session copy cannot
 * outlive that without a request, and every request asks). Implementations: {@link GridEndedSessions} (JCache
 * on Payara's Hazelcast, cluster-wide) and {@link LocalEndedSessions} (this JVM only: unit tests and the
 * fallback without a JCache provider); {@link EndedSessionsProducer} picks one. Implementations are
 * thread-safe.
 */
public interface EndedSessions {

    /**
     * Remembers that the session {@code sessionId} has ended, on every node.
     *
     * @param sessionId a session id, not null
     * @throws RuntimeException when the store cannot be written (the grid is unavailable); the caller still
     *                          invalidates its own copy
     */
    void end(String sessionId);

    /**
     * Whether the session {@code sessionId} was ended; counts as an access for the expiry.
     *
     * @param sessionId a session id, not null
     * @throws RuntimeException when the store cannot be read; the mechanism then treats the request as
     *                          anonymous (fails closed, see {@link SessionAuthenticationMechanism})
     */
    boolean isEnded(String sessionId);
}
