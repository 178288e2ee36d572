package org.inkstone.newsroom;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CharDiffTest {

    @Test
    void chineseTextIsComparedCharacterByCharacter() {
        assertEquals(List.of(new CharDiff.Run("equal", "连云港市"), new CharDiff.Run("delete", "妇联"),
                        new CharDiff.Run("insert", "团委"), new CharDiff.Run("equal", "送温暖")),
                CharDiff.diff("连云港市妇联送温暖", "连云港市团委送温暖"));
    }

    @Test
    void aCharacterOutsideTheBmpIsNeverSplit() {
        assertEquals(List.of(new CharDiff.Run("equal", "a"), new CharDiff.Run("delete", "𠀀"), new CharDiff.Run("insert", "𠀁")),
                CharDiff.diff("a𠀀", "a𠀁"));
    }

    @Test
    void nullIsEmptyAndEqualTextsAreOneRun() {
        assertEquals(List.of(new CharDiff.Run("insert", "新")), CharDiff.diff(null, "新"));
        assertEquals(List.of(new CharDiff.Run("equal", "同")), CharDiff.diff("同", "同"));
        assertEquals(List.of(), CharDiff.diff(null, ""));
    }

    @Test
    void smallMultiLineTextsAreStillComparedCharacterByCharacterAsAWhole() {
        assertEquals(List.of(new CharDiff.Run("equal", "第一段\n第"), new CharDiff.Run("delete", "二"),
                        new CharDiff.Run("insert", "三"), new CharDiff.Run("equal", "段\n")),
                CharDiff.diff("第一段\n第二段\n", "第一段\n第三段\n"));
    }

    @Test
    void twoUnrelatedTwoHundredThousandCharacterTextsGiveACorrectEditScript() {
        Random random = new Random(9);
        String from = randomCjk(random, 200_000, 0);
        String to = randomCjk(random, 200_000, 0);
        assertReassembles(from, to, CharDiff.diff(from, to));
    }

    @Test
    void unrelatedLongTextsWithManyParagraphsGiveACorrectEditScript() {
        Random random = new Random(10);
        String from = randomCjk(random, 200_000, 100);
        String to = randomCjk(random, 200_000, 100);
        assertReassembles(from, to, CharDiff.diff(from, to));
    }

    @Test
    void aSmallEditInALongTextIsShownCharacterByCharacterInItsParagraph() {
        Random random = new Random(11);
        String before = randomCjk(random, 100_000, 200);
        String after = randomCjk(random, 100_000, 200);
        String from = before + "\n连云港市妇联送温暖\n" + after;
        String to = before + "\n连云港市团委送温暖\n" + after;
        List<CharDiff.Run> runs = CharDiff.diff(from, to);
        assertReassembles(from, to, runs);
        assertEquals(List.of("equal", "delete", "insert", "equal"), runs.stream().map(CharDiff.Run::op).toList());
        assertEquals("妇联", runs.get(1).text());
        assertEquals("团委", runs.get(2).text());
    }

    @Test
    void aChangedParagraphAboveTheBoundIsOneDeleteAndOneInsert() {
        Random random = new Random(12);
        String a = randomCjk(random, CharDiff.MAX_CHAR_DIFF + 1, 0);
        String b = randomCjk(random, CharDiff.MAX_CHAR_DIFF + 1, 0);
        List<CharDiff.Run> runs = CharDiff.diff("同\n" + a, "同\n" + b);
        assertEquals(List.of(new CharDiff.Run("equal", "同\n"), new CharDiff.Run("delete", a), new CharDiff.Run("insert", b)), runs);
    }

    private static void assertReassembles(String from, String to, List<CharDiff.Run> runs) {
        StringBuilder left = new StringBuilder();
        StringBuilder right = new StringBuilder();
        for (CharDiff.Run run : runs) {
            assertTrue(Set.of("equal", "delete", "insert").contains(run.op()), run.op());
            assertTrue(!run.text().isEmpty());
            if (!run.op().equals("insert")) {
                left.append(run.text());
            }
            if (!run.op().equals("delete")) {
                right.append(run.text());
            }
        }
        assertEquals(from, left.toString());
        assertEquals(to, right.toString());
    }

    /** Random CJK ideographs, with a newline after every {@code paragraph} characters when that is positive. */
    private static String randomCjk(Random random, int length, int paragraph) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            if (paragraph > 0 && i > 0 && i % paragraph == 0) {
                sb.append('\n');
            } else {
                sb.append((char) (0x4E00 + random.nextInt(0x5000)));
            }
        }
        return sb.toString();
    }
}
