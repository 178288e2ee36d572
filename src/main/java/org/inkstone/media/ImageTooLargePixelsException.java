package org.inkstone.media;

import org.inkstone.common.InkstoneException;

import java.util.Map;

/**
 * 400 {@code image_too_large_pixels}: the image declares more pixels than {@code inkstone.media.max-pixels}
 * (field {@code file}); refused before any pixel is decoded, whatever the file's size in bytes.
 */
public class ImageTooLargePixelsException extends InkstoneException {

    public ImageTooLargePixelsException(long width, long height, long maxPixels) {
        super(400, "image_too_large_pixels", "图片尺寸过大：" + width + " × " + height + " 像素，最多 " + maxPixels + " 像素",
                Map.of("file", width + " × " + height + " 像素，超过 " + maxPixels));
    }
}
