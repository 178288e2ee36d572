package org.inkstone.moderation;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SensitiveWordsTest {

    private final SensitiveWords words = new SensitiveWords(List.of("代开发票", "网赌", "Telegram:"));

    @Test
    void findsAListedWordInsideText() {
        assertEquals(Optional.of("代开发票"), words.firstMatch("本公司长期代开发票，欢迎联系"));
    }

    @Test
    void spacesFullWidthAndCaseDoNotHideAWord() {
        assertEquals(Optional.of("网赌"), words.firstMatch("网 赌"));
        assertEquals(Optional.of("telegram:"), words.firstMatch("ＴＥＬＥＧＲＡＭ：abc"));
    }

    @Test
    void cleanTextHasNoMatch() {
        assertEquals(Optional.empty(), words.firstMatch("乡村振兴，巾帼建功"));
    }

    @Test
    void theShippedListLoadsAndSkipsComments() {
        SensitiveWords shipped = SensitiveWords.load(Path.of("config/sensitive-words.txt").toString());
        assertEquals(20, shipped.size());
        assertTrue(shipped.firstMatch("加我 微信同号 有惊喜").isPresent());
        assertEquals(Optional.empty(), shipped.firstMatch("# Flagged words of the comment moderation policy"));
    }
}
