package org.inkstone.media;

import org.inkstone.common.InkstoneException;

import java.util.Map;

/**
 * 413 {@code payload_too_large}: the image was accepted but its re-encoded form is larger than the database
 * stores in one piece (a huge, noisy graphic saved as PNG). Field {@code file}.
 */
public class StoredImageTooLargeException extends InkstoneException {

    public StoredImageTooLargeException(int maxBytes) {
        super(413, "payload_too_large", "图片重新编码后超过 " + (maxBytes / (1024 * 1024)) + " MB，请缩小尺寸后再上传",
                Map.of("file", "重新编码后过大"));
    }
}
