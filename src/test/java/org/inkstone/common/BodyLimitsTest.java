package org.inkstone.common;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BodyLimitsTest {

    @Test
    void announcedLengthDecidesBeforeReading() {
        assertFalse(BodyLimits.announcedTooLarge(null, 16384), "no header: chunked, capped while reading");
        assertFalse(BodyLimits.announcedTooLarge("", 16384));
        assertFalse(BodyLimits.announcedTooLarge("0", 16384));
        assertFalse(BodyLimits.announcedTooLarge("16384", 16384));
        assertTrue(BodyLimits.announcedTooLarge("16385", 16384));
        assertTrue(BodyLimits.announcedTooLarge("5242880", 16384));
        assertTrue(BodyLimits.announcedTooLarge("99999999999999999999999", 16384), "beyond a long");
        assertTrue(BodyLimits.announcedTooLarge("-1", 16384), "not a length");
        assertTrue(BodyLimits.announcedTooLarge("12, 12", 16384), "not a length");
    }

    @Test
    void streamsUpToTheLimitAreReadWhole() {
        byte[] body = "{\"body\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(body, BodyLimits.readAtMost(new ByteArrayInputStream(body), body.length));
        assertArrayEquals(new byte[0], BodyLimits.readAtMost(new ByteArrayInputStream(new byte[0]), 10));
    }

    @Test
    void oversizedStreamStopsOneByteAfterTheLimit() {
        AtomicLong served = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served.incrementAndGet();
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                served.addAndGet(len);
                return len;
            }
        };
        BodyLimits.PayloadTooLargeException e = assertThrows(BodyLimits.PayloadTooLargeException.class,
                () -> BodyLimits.readAtMost(endless, 16384));
        assertEquals(413, e.status());
        assertEquals("payload_too_large", e.code());
        assertEquals(16385, served.get(), "a 5 MB chunked body is never read past the limit");
    }

    @Test
    void depthCountsBracketsOutsideStrings() {
        assertEquals(0, BodyLimits.depth("1".getBytes(), 32));
        assertEquals(1, BodyLimits.depth("{\"a\":1}".getBytes(), 32));
        assertEquals(4, BodyLimits.depth("{\"a\":[{\"b\":[]}]}".getBytes(), 32));
        assertEquals(1, BodyLimits.depth("{\"a\":\"[[[[{{{{\"}".getBytes(), 32), "brackets in strings");
        assertEquals(1, BodyLimits.depth("{\"a\":\"\\\"[[[[\"}".getBytes(), 32), "escaped quote stays in the string");
        assertEquals(2, BodyLimits.depth("[1,[2],[3]]".getBytes(), 32));
    }

    @Test
    void deepNestingStopsAtTheLimit() {
        byte[] deep = ("{\"junk\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}").getBytes(StandardCharsets.UTF_8);
        assertEquals(33, BodyLimits.depth(deep, 32));
        byte[] ok = ("[".repeat(32) + "]".repeat(32)).getBytes(StandardCharsets.UTF_8);
        assertEquals(32, BodyLimits.depth(ok, 32));
    }

    @Test
    void onlyJsonOrUntypedBodiesHaveTheirNestingCounted() {
        assertTrue(BodyLimits.isJsonOrUntyped(null));
        assertTrue(BodyLimits.isJsonOrUntyped(jakarta.ws.rs.core.MediaType.valueOf("application/json; charset=UTF-8")));
        assertTrue(BodyLimits.isJsonOrUntyped(jakarta.ws.rs.core.MediaType.valueOf("application/merge-patch+json")));
        assertFalse(BodyLimits.isJsonOrUntyped(jakarta.ws.rs.core.MediaType.valueOf("multipart/form-data; boundary=x")),
                "an upload's bytes are not brackets");
        assertFalse(BodyLimits.isJsonOrUntyped(jakarta.ws.rs.core.MediaType.valueOf("text/plain")));
        byte[] binary = new byte[40];
        java.util.Arrays.fill(binary, (byte) '[');
        assertEquals(33, BodyLimits.depth(binary, 32), "what a JPEG full of 0x5B bytes would have scored");
    }
}
