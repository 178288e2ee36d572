package org.inkstone.common;

import java.util.Map;

/**
 * 503 {@code unavailable} with {@code Retry-After}: the database did not answer (a request's query failed on a
 * database cause) or this node is not ready (its health check says so). Used by {@link ErrorMappers.Unexpected}
 * for every failure with an {@link java.sql.SQLException} among its causes, and by the readiness gate.
 */
public class ServiceUnavailableException extends InkstoneException {

    /**
     * The {@code Retry-After} of every such 503, in seconds: a database restart on a machine like the benchmark's
     * takes a few seconds, and a node re-admits itself within a second of the database answering again (its
     * health check runs every 0.5 s), so a client that waits 5 s usually finds the service back, while an
     * earlier retry mostly meets the same outage and adds to the load of a recovering database.
     */
    public static final long RETRY_AFTER_SECONDS = 5;

    /** The reader's message of every such 503. */
    public static final String MESSAGE = "服务暂时不可用，请稍后再试";

    public ServiceUnavailableException() {
        super(503, "unavailable", MESSAGE, Map.of());
    }

    @Override
    public long retryAfterSeconds() {
        return RETRY_AFTER_SECONDS;
    }
}
