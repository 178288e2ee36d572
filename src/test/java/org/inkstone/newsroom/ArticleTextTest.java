package org.inkstone.newsroom;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ArticleTextTest {

    @Test
    void blocksEndWithALineFeedAndEntitiesAreDecoded() {
        assertEquals("标题\n第一段 &lt;b&gt;\n一\n二\n", ArticleText.of("<h2>标题</h2><p>第一段 &amp;lt;b&amp;gt;</p><ul><li>一</li><li>二</li></ul>"));
        assertEquals("甲\n乙\n", ArticleText.of("<p>甲<br>乙</p>"));
        assertEquals("", ArticleText.of(null));
    }

    @Test
    void inlineMarkupLeavesTheTextWhole() {
        assertEquals("一个<强调>词\n", ArticleText.of("<p>一个<strong>&lt;强调&gt;</strong>词</p>"));
    }
}
