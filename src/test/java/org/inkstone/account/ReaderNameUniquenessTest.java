package org.inkstone.account;

import org.inkstone.common.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Regression tests for fault 6: reader names were neither NFC-normalised nor unique by look. */
class ReaderNameUniquenessTest {

    private final DisplayNames names = new DisplayNames(List.of("管理员", "admin"));

    @Test
    void precomposedAndCombiningJoseAreStoredAlike() {
        String precomposed = "Jos\u00e9";
        String combining = "Jose\u0301";
        assertEquals("Jos\u00e9", names.check("displayName", precomposed, List.of()));
        assertEquals("Jos\u00e9", names.check("displayName", combining, List.of()));
        assertEquals("Jos\u00e9", names.check("nickname", "  Jose\u0301  ", List.of()));
        assertEquals(DisplayNames.uniqueKey(precomposed), DisplayNames.uniqueKey(combining));
    }

    @Test
    void lengthIsCountedAfterNormalisation() {
        String decomposed = "e\u0301".repeat(24); // 48 code points as typed, 24 after NFC
        assertEquals("\u00e9".repeat(24), names.check("displayName", decomposed, List.of()));
        assertThrows(InvalidParameterException.class, () -> names.check("displayName", "e\u0301".repeat(25), List.of()));
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
            "张三, 张 三",
            "张三, 张三!",
            "paypal, p\u0430ypal",       // Cyrillic a
            "Alice, alice",
            "Alice, ＡＬＩＣＥ",             // full width
            "rn_reader, m_reader",
            "读者甲, 读者甲",
            "Jos\u00e9, JOSE\u0301"})
    void lookAlikesShareOneKey(String a, String b) {
        assertEquals(DisplayNames.uniqueKey(a), DisplayNames.uniqueKey(b));
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource({
            "张三, 张四",
            "Alice, Alicia",
            "José, Jose",            // an accent is not a look-alike of its absence
            "😀, 🐱",                  // names of symbols only still differ
            "★★, ☆☆"})
    void differentNamesHaveDifferentKeys(String a, String b) {
        assertNotEquals(DisplayNames.uniqueKey(a), DisplayNames.uniqueKey(b));
    }

    @Test
    void aNameOfSymbolsOnlyHasANonEmptyKey() {
        assertNotEquals("", DisplayNames.uniqueKey("😀"));
        assertEquals(DisplayNames.uniqueKey("😀😀"), DisplayNames.uniqueKey("😀 😀"));
    }
}
