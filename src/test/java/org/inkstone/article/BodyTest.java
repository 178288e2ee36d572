package org.inkstone.article;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BodyTest {

    @Test
    void splitsParagraphsAndMarksShortUnpunctuatedLinesAsSubHeadings() {
        List<Body.Block> blocks = Body.blocks("　　近年来，妇联开展活动。\n\n巾帼聚心,成风化人\n\n——实施思想政治引领行动\n\uE40C第二段。");
        assertEquals(List.of(new Body.Block("近年来，妇联开展活动。", false), new Body.Block("巾帼聚心,成风化人", true),
                new Body.Block("——实施思想政治引领行动", false), new Body.Block("第二段。", false)), blocks);
    }

    @Test
    void bodyHtmlEscapesMarkupInTheText() {
        assertEquals("<p>a &lt;script&gt;alert(1)&lt;/script&gt; &amp; b。</p>",
                ArticlePresenter.bodyHtml("a <script>alert(1)</script> & b。"));
    }
}
