package org.inkstone.media;

import org.inkstone.common.ConfigValues;
import org.inkstone.common.InkstoneConfig;
import org.inkstone.common.InvalidSettingException;

/**
 * The media library's configuration, read once (defaults in {@code META-INF/microprofile-config.properties}).
 *
 * @param maxBytes   largest uploaded file, in bytes: {@code inkstone.media.max-bytes}, 1 KiB–64 MiB (default
 *                   10,485,760 = 10 MiB). The whole multipart request may be {@link #ENVELOPE_BYTES} larger
 * @param maxPixels  largest image, in pixels (width × height as the file declares them, checked before any
 *                   pixel is decoded): {@code inkstone.media.max-pixels}, 1–100,000,000 (default 40,000,000);
 *                   processing one image takes about {@code pixels × 4 × 2.5} bytes of heap (40 MP: about
 *                   400 MB), one image at a time (see {@link ImagePipeline}); a 48 MP phone sensor normally saves
 *                   12 MP photos
 * @param largeWidth width in pixels of the large page size: {@code inkstone.media.large-width}, 16–4096
 *                   (default 1200)
 * @param smallWidth width in pixels of the small page size: {@code inkstone.media.small-width}, 16–4096
 *                   (default 400), below {@code largeWidth}
 */
public record MediaSettings(int maxBytes, long maxPixels, int largeWidth, int smallWidth) {

    /**
     * Bytes a multipart upload may carry on top of the file: the boundaries, the part headers and the alt
     * text (at most 200 characters, 800 bytes in UTF-8). Generous, as headers such as file names vary.
     */
    public static final int ENVELOPE_BYTES = 64 * 1024;

    /** @throws IllegalArgumentException when {@code smallWidth} is not below {@code largeWidth} or a value is not positive */
    public MediaSettings {
        if (maxBytes < 1 || maxPixels < 1 || smallWidth < 1 || smallWidth >= largeWidth) {
            throw new IllegalArgumentException("media settings out of range");
        }
    }

    /** @throws InvalidSettingException naming the key of a value out of range or not a number */
    public static MediaSettings from(InkstoneConfig c) {
        int large = ConfigValues.intIn(c, "inkstone.media.large-width", 16, 4096);
        int small = ConfigValues.intIn(c, "inkstone.media.small-width", 16, 4096);
        if (small >= large) {
            throw new InvalidSettingException("inkstone.media.small-width", "a width below inkstone.media.large-width (" + large + ")",
                    String.valueOf(small));
        }
        return new MediaSettings(ConfigValues.intIn(c, "inkstone.media.max-bytes", 1024, 64 * 1024 * 1024),
                ConfigValues.intIn(c, "inkstone.media.max-pixels", 1, 100_000_000), large, small);
    }
}
