package org.inkstone.syndication;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.inkstone.syndication.PushOutcome.Kind.DELIVERED;
import static org.inkstone.syndication.PushOutcome.Kind.FAIL;
import static org.inkstone.syndication.PushOutcome.Kind.RETRY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PushOutcomeTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void twoHundredsAreDelivered() {
        for (int code : new int[] {200, 201, 202, 204, 299}) {
            assertEquals(DELIVERED, PushOutcome.classify(code), "" + code);
        }
    }

    @Test
    void timeoutsTooManyRequestsAndServerErrorsAreRetried() {
        for (int code : new int[] {408, 429, 500, 502, 503, 504, 599}) {
            assertEquals(RETRY, PushOutcome.classify(code), "" + code);
        }
    }

    @Test
    void everyOtherStatusFailsAtOnce() {
        for (int code : new int[] {100, 199, 300, 301, 302, 303, 304, 307, 308, 400, 401, 403, 404, 405, 409, 410, 413,
                415, 422, 451, 499, 600}) {
            assertEquals(FAIL, PushOutcome.classify(code), "" + code);
        }
    }

    @Test
    void retryAfterIsReadAsSecondsOrAnHttpDate() {
        assertEquals(Duration.ofSeconds(120), PushOutcome.retryAfter("120", NOW));
        assertEquals(Duration.ofSeconds(0), PushOutcome.retryAfter(" 0 ", NOW));
        assertEquals(Duration.ofSeconds(90), PushOutcome.retryAfter("Mon, 30 Nov 2026 12:01:30 GMT", NOW));
        assertEquals(Duration.ZERO, PushOutcome.retryAfter("Mon, 30 Nov 2026 11:00:00 GMT", NOW));
        assertNull(PushOutcome.retryAfter("soon", NOW));
        assertNull(PushOutcome.retryAfter("-5", NOW));
        assertNull(PushOutcome.retryAfter("", NOW));
        assertNull(PushOutcome.retryAfter(null, NOW));
    }

    @Test
    void aResponseCarriesItsCodeAShortErrorAndRetryAfterOnlyWhenRetried() {
        assertEquals(new PushOutcome(DELIVERED, 204, null, null), PushOutcome.ofResponse(204, "30", NOW));
        assertEquals(new PushOutcome(RETRY, 429, "HTTP 429", Duration.ofSeconds(30)), PushOutcome.ofResponse(429, "30", NOW));
        assertEquals(new PushOutcome(RETRY, 500, "HTTP 500", null), PushOutcome.ofResponse(500, null, NOW));
        assertEquals(new PushOutcome(FAIL, 404, "HTTP 404", null), PushOutcome.ofResponse(404, "30", NOW));
    }

    @Test
    void errorsAreCutToTheColumnsSize() {
        assertEquals(PushOutcome.MAX_ERROR, PushOutcome.retry("x".repeat(2_000)).error().length());
    }
}
