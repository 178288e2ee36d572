package org.inkstone.media;

import org.inkstone.common.InkstoneException;

import java.util.Map;

/**
 * 503 {@code image_busy} with a {@code Retry-After} header (seconds): another image is being decoded and did not
 * finish within the wait, or processing this one ran out of heap. Nothing was stored; the same upload may simply
 * be sent again later.
 */
public class ImageBusyException extends InkstoneException {

    private final long retryAfterSeconds;

    public ImageBusyException(long retryAfterSeconds) {
        super(503, "image_busy", "正在处理其他图片，请 " + retryAfterSeconds + " 秒后再试", Map.of());
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
