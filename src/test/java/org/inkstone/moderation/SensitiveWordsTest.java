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

    @Test
    void findAllGivesEveryMatchWithItsPlaceInTheTextAsWritten() {
        SensitiveWords w = new SensitiveWords(List.of("网赌", "刷单返利", "abc"));
        String text = "今天 网 赌，明天刷单返利；ＡＢＣ";
        assertEquals(List.of(new SensitiveWords.Match("网赌", 3, 6), new SensitiveWords.Match("刷单返利", 9, 13),
                new SensitiveWords.Match("abc", 14, 17)), w.findAll(text));
        assertEquals("网 赌", text.substring(3, 6));
    }

    @Test
    void findAllCountsUtf16IndexesAcrossSupplementaryCharacters() {
        SensitiveWords w = new SensitiveWords(List.of("假证"));
        assertEquals(List.of(new SensitiveWords.Match("假证", 2, 4)), w.findAll("𠀀假证"));
        assertEquals(List.of(), new SensitiveWords(List.of()).findAll("假证"));
        assertEquals(2, w.plus(new SensitiveWords(List.of("代孕", "假证"))).size());
    }
}
