package org.inkstone.newsroom;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
