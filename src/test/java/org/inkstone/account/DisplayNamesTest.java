package org.inkstone.account;

import org.inkstone.common.InvalidParameterException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DisplayNamesTest {

    private final DisplayNames names = new DisplayNames(List.of("管理员", "admin", "版主"));
    private final List<String> staff = List.of("王编辑", "Li Wei");

    @Test
    void aNormalNicknameIsTrimmedAndKept() {
        assertEquals("小明😀", names.check("nickname", "  小明😀 ", staff));
        assertEquals("𠀀".repeat(24), names.check("nickname", "𠀀".repeat(24), staff), "24 code points in 48 UTF-16 units");
    }

    @Test
    void lengthIsCountedInCodePointsAfterTrimming() {
        assertThrows(InvalidParameterException.class, () -> names.check("nickname", "   ", staff));
        assertThrows(InvalidParameterException.class, () -> names.check("nickname", "𠀀".repeat(25), staff));
    }

    @Test
    void controlAndFormatCharactersAreRefused() {
        for (String bad : List.of("a\u0000b", "a\nb", "abc\u202Efed", "a\u200Bb", "a\u2028b", "\uE000x", "\u3164", "\u2800\u2800", "小\u3164明")) {
            InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> names.check("nickname", bad, staff), bad);
            assertEquals("nickname", e.fields().keySet().iterator().next());
        }
    }

    @Test
    void reservedWordsAndTheirLookAlikesAreRefused() {
        for (String bad : List.of("管理员", "网站管理员小张", "Admin", "ＡＤＭＩＮ", "\u0391dmin", "\u0430dmin", "a d m i n", "版主")) {
            assertThrows(InvalidParameterException.class, () -> names.check("nickname", bad, staff), bad);
        }
    }

    @Test
    void staffDisplayNamesAndLookAlikesAreRefused() {
        for (String bad : List.of("王编辑", " 王编辑 ", "Li Wei", "LI WEI", "Lі Weі", "li-wei")) {
            assertThrows(InvalidParameterException.class, () -> names.check("nickname", bad, staff), bad);
        }
        assertEquals("王编辑的读者", names.check("nickname", "王编辑的读者", staff), "containing a staff name is allowed");
    }
}
