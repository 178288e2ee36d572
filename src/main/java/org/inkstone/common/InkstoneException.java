package org.inkstone.common;

import java.util.Map;

/**
 * Root of every error Inkstone reports to a client. Carries the HTTP status, a stable machine-readable
 * {@code code} (snake case), a human message (Chinese, shown to readers) and, for bad input, the offending
 * fields with a reason each. {@link ErrorMappers} turns it into {@code {status, code, message, fields}} JSON
 * or an HTML error page.
 */
public class InkstoneException extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, String> fields;

    public InkstoneException(int status, String code, String message, Map<String, String> fields) {
        super(message);
        this.status = status;
        this.code = code;
        this.fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, String> fields() {
        return fields;
    }

    /**
     * The {@code WWW-Authenticate} challenge of a 401 (RFC 9110 §11.6.1: a 401 carries at least one), e.g.
     * {@code Bearer}; null (the default) for none.
     */
    public String challenge() {
        return null;
    }

    /** Seconds for the {@code Retry-After} header, or 0 (the default) for none. */
    public long retryAfterSeconds() {
        return 0;
    }
}
