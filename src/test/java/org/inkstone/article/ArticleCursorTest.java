package org.inkstone.article;

import org.inkstone.common.InvalidParameterException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Regression for "not every list can be walked to its end": the cursor's text form and its refusals. */
class ArticleCursorTest {

    private static String b64(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void isBase64urlOfEpochMillisAndIdAndReadsBack() {
        ArticleCursor c = new ArticleCursor(Instant.parse("2012-06-21T08:30:00.123Z"), 1164);
        assertEquals("MTM0MDI2NzQwMDEyM3wxMTY0", c.encode());
        assertEquals("1340267400123|1164", new String(Base64.getUrlDecoder().decode(c.encode()), StandardCharsets.US_ASCII));
        assertEquals(c, ArticleCursor.decode(c.encode()));
        assertEquals("2012-06-21 08:30:00.123", c.publishedAtSql());
        ArticleCursor old = new ArticleCursor(Instant.parse("1969-12-31T23:59:59Z"), 7);
        assertEquals(old, ArticleCursor.decode(old.encode()));
        assertEquals("1969-12-31 23:59:59.000", old.publishedAtSql());
    }

    @Test
    void theCursorAfterAnArticleIsItsPublishTimeAndId() {
        Article a = new Article();
        a.setId(42L);
        a.setPublishedAt(Instant.parse("2030-01-01T00:00:00Z"));
        assertEquals(new ArticleCursor(Instant.parse("2030-01-01T00:00:00Z"), 42), ArticleCursor.after(a));
        a.setPublishedAt(null);
        assertEquals(new ArticleCursor(Instant.EPOCH, 42), ArticleCursor.after(a));
    }

    @Test
    void everyMalformedCursorIsA400NamingCursor() {
        List<String> bad = List.of("", "!!!", "abc", "a b", b64("1340267400123"), b64("1340267400123|"), b64("|5"),
                b64("1340267400123|0"), b64("1340267400123|-5"), b64("x|5"), b64("1340267400123|5|6"),
                b64("1340267400123|99999999999999999999"), b64("99999999999999999|5"), b64("-99999999999999|5"),
                b64("1340267400123|１２"), b64("1340267400123 |5"), "x".repeat(65), b64("1|1") + "=",
                "MTM0MDI2NzQwMDEyM3wxMTY0+", "MTM0MDI2NzQwMDEyM3wxMTY0/");
        List<String> accepted = new ArrayList<>();
        for (String s : bad) {
            try {
                ArticleCursor.decode(s);
                accepted.add(s);
            } catch (InvalidParameterException e) {
                assertEquals(400, e.status(), s);
                assertEquals("invalid_parameter", e.code(), s);
                assertEquals(List.of("cursor"), List.copyOf(e.fields().keySet()), s);
            }
        }
        assertEquals(List.of(), accepted);
        assertThrows(InvalidParameterException.class, () -> ArticleCursor.decode(null));
        assertEquals(Map.of("cursor", "游标无效，请使用上一页返回的 nextCursor"),
                assertThrows(InvalidParameterException.class, () -> ArticleCursor.decode("abc")).fields());
    }
}
