package org.inkstone.syndication;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PullCursorTest {

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aCursorIsTheUnpaddedBase64urlOfItsSeq() {
        assertEquals("YzE6NDI", new PullCursor(42).token());
        assertEquals("YzE6MA", new PullCursor(0).token());
    }

    @Test
    void everyTokenReadsBackToItsSeq() {
        for (long seq : new long[] {0, 1, 9, 10, 255, 65_536, 1L << 40, 999_999_999_999_999_999L}) {
            assertEquals(seq, PullCursor.parse(new PullCursor(seq).token()).seq());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "42", "YzE6NDI=", "YzE6NDI.", "YzE6NDI ", "YzE6", "abc$", "YzE6NDJ"})
    void malformedTokensAreRefusedNamingTheCursor(String token) {
        InvalidCursorException e = assertThrows(InvalidCursorException.class, () -> PullCursor.parse(token));
        assertEquals(400, e.status());
        assertEquals("invalid_cursor", e.code());
        assertEquals(java.util.Set.of("cursor"), e.fields().keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"c1:-1", "c1:+1", "c1:01", "c1: 1", "c2:1", "1", "c1:1234567890123456789", "c1:1a"})
    void wellEncodedTextThatIsNotACursorIsRefused(String text) {
        assertThrows(InvalidCursorException.class, () -> PullCursor.parse(b64(text)));
    }

    @Test
    void nullIsRefused() {
        assertThrows(InvalidCursorException.class, () -> PullCursor.parse(null));
    }

    @Test
    void aNegativeSeqIsNotACursor() {
        assertThrows(IllegalArgumentException.class, () -> new PullCursor(-1));
    }
}
