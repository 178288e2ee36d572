package org.inkstone.common;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which numeric references become characters again, and which stay references because they could make markup. */
class HtmlCharactersTest {

    @Test
    void plainNonAsciiCharactersComeBack() {
        assertEquals("你好，世界：😀", HtmlCharacters.referencesAsText("你好&#xff0c;世界&#xFF1A;&#x1f600;"));
    }

    @Test
    void charactersThatCouldMakeMarkupStayReferences() {
        String kept = "&#xff1c;&#xff1e;&#xff06;&#xff02;&#xff07;&#xff40;&#xff1d;&#x3c;&#x41;&#x200b;&#x202e;&#xe000;&#xd800;&#x2028;&#x110000;";
        assertEquals(kept, HtmlCharacters.referencesAsText(kept));
    }

    @Test
    void otherTextAndDecimalReferencesAreUntouched() {
        assertEquals("<p>a &amp; b &#65292;</p>", HtmlCharacters.referencesAsText("<p>a &amp; b &#65292;</p>"));
    }
}
