package org.inkstone.article;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.inkstone.common.JsonConfig;
import org.inkstone.media.PageImage;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The cover image as pages and {@code GET /api/articles/{id}} show it: root-relative URLs, srcset, credit, JSON shape. */
class ArticleCoverTest {

    private static final String H = "ab".repeat(32);

    private static PageImage image(int width, int height, boolean large, boolean small) {
        PageImage.Size full = new PageImage.Size("media/" + H + ".jpg", width);
        return new PageImage(H, "media/" + H + ".jpg", width, height, "江边的渡口",
                large ? new PageImage.Size("media/" + H + "-1200.jpg", 1200) : full,
                small ? new PageImage.Size("media/" + H + "-400.jpg", 400) : full);
    }

    @Test
    void aWideImageOffersBothPageSizesUnderTheContextPath() {
        ArticleDetail.Cover c = ArticleDetail.Cover.of(image(3000, 2000, true, true), " 新华社 记者甲 ", "/inkstone");
        assertEquals("/inkstone/media/" + H + ".jpg", c.url());
        assertEquals(3000, c.width());
        assertEquals(2000, c.height());
        assertEquals("江边的渡口", c.alt());
        assertEquals("新华社 记者甲", c.credit());
        assertEquals(new ArticleDetail.Cover.Sizes("/inkstone/media/" + H + "-1200.jpg", "/inkstone/media/" + H + "-400.jpg"), c.sizes());
        assertEquals("/inkstone/media/" + H + "-400.jpg 400w, /inkstone/media/" + H + "-1200.jpg 1200w", c.srcset());
    }

    @Test
    void anImageBetweenThePageSizesUsesItsFullSizeAsTheLargeOne() {
        ArticleDetail.Cover c = ArticleDetail.Cover.of(image(800, 600, false, true), null, "");
        assertEquals("/media/" + H + "-400.jpg 400w, /media/" + H + ".jpg 800w", c.srcset());
        assertEquals("/media/" + H + ".jpg", c.sizes().large());
        assertNull(c.credit());
    }

    @Test
    void aSmallImageHasOneSourceAndABlankCreditIsNone() {
        ArticleDetail.Cover c = ArticleDetail.Cover.of(image(300, 200, false, false), "  ", "");
        assertEquals("/media/" + H + ".jpg 300w", c.srcset());
        assertNull(c.credit());
    }

    @Test
    void theJsonHasTheApiFieldsAndNotTheSrcset() throws Exception {
        ArticleDetail.Cover c = ArticleDetail.Cover.of(image(3000, 2000, true, true), "图虫", "");
        try (Jsonb jsonb = JsonbBuilder.create(JsonConfig.config())) {
            assertEquals("{\"alt\":\"江边的渡口\",\"credit\":\"图虫\",\"height\":2000,\"sizes\":{\"large\":\"/media/" + H
                    + "-1200.jpg\",\"small\":\"/media/" + H + "-400.jpg\"},\"url\":\"/media/" + H + ".jpg\",\"width\":3000}",
                    jsonb.toJson(c));
        }
    }
}
