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
}
