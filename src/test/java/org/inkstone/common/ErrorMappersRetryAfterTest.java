package org.inkstone.common;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Any error that names a {@code Retry-After} gets the header, not only the rate limit's 429. */
class ErrorMappersRetryAfterTest {

    @Test
    void anErrorWithRetryAfterSecondsGetsTheHeader() {
        InkstoneException busy = new InkstoneException(503, "image_busy", "忙", Map.of()) {
            @Override
            public long retryAfterSeconds() {
                return 10;
            }
        };
        Response r = new ErrorMappers.Inkstone().toResponse(busy);
        assertEquals(503, r.getStatus());
        assertEquals("10", String.valueOf(r.getHeaderString("Retry-After")));
        assertEquals("7", new ErrorMappers.Inkstone().toResponse(new TooManyRequestsException(7)).getHeaderString("Retry-After"));
        assertNull(new ErrorMappers.Inkstone().toResponse(new InkstoneException(400, "x", "x", Map.of())).getHeaderString("Retry-After"));
    }

    @Test
    void aDatabaseFailureIs503WithRetryAfterAndAnythingElse500Without() {
        RuntimeException dbDown = new RuntimeException("mybatis", new java.sql.SQLTransientConnectionException("refused"));
        Response r = new ErrorMappers.Unexpected().toResponse(dbDown);
        assertEquals(503, r.getStatus());
        assertEquals("5", r.getHeaderString("Retry-After"));
        assertEquals("<!DOCTYPE html><meta charset=utf-8><title>503</title><h1>503</h1>", r.getEntity(),
                "outside /api and without a page renderer: the bare page");
        Response bug = new ErrorMappers.Unexpected().toResponse(new IllegalStateException("bug"));
        assertEquals(500, bug.getStatus());
        assertNull(bug.getHeaderString("Retry-After"));
    }
}
