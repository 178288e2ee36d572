package org.inkstone.media;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link MediaService#pageImage}: the page sizes with their widths, the full size where the image is not wider. */
class PageImageTest {

    private static final String H = "0f".repeat(32);

    private static MediaService service() {
        MediaService s = new MediaService();
        s.settings = new MediaSettings(10 << 20, 50_000_000, 1200, 400);
        return s;
    }

    private static MediaRow row(String encoding, int width, int height, String renditions) {
        MediaRow r = new MediaRow();
        r.setHash(H);
        r.setEncoding(encoding);
        r.setWidth(width);
        r.setHeight(height);
        r.setAlt("图");
        r.setRenditionWidths(renditions);
        return r;
    }

    @Test
    void aWideImageHasBothRenditions() {
        PageImage p = service().pageImage(row("jpeg", 2400, 1600, "1200,400"));
        assertEquals(new PageImage(H, "media/" + H + ".jpg", 2400, 1600, "图", new PageImage.Size("media/" + H + "-1200.jpg", 1200),
                new PageImage.Size("media/" + H + "-400.jpg", 400)), p);
    }

    @Test
    void aNarrowerImageIsItsOwnLargeAndSmallSize() {
        PageImage mid = service().pageImage(row("png", 900, 300, "400"));
        assertEquals(new PageImage.Size("media/" + H + ".png", 900), mid.large());
        assertEquals(new PageImage.Size("media/" + H + "-400.png", 400), mid.small());
        PageImage tiny = service().pageImage(row("png", 120, 80, null));
        assertEquals(new PageImage.Size("media/" + H + ".png", 120), tiny.large());
        assertEquals(tiny.large(), tiny.small());
    }

    @Test
    void theApiViewNamesTheSameFiles() {
        MediaView v = service().view(row("jpeg", 900, 300, "400"));
        assertEquals(new MediaView.Sizes("media/" + H + ".jpg", "media/" + H + "-400.jpg"), v.sizes());
        assertEquals("image/jpeg", v.mediaType());
    }
}
