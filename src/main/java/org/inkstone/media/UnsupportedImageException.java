package org.inkstone.media;

import org.inkstone.common.InkstoneException;

import java.util.Map;

/** 415 {@code unsupported_image}: the file is not a JPEG, PNG, WebP or GIF image that decodes (field {@code file}). */
public class UnsupportedImageException extends InkstoneException {

    public UnsupportedImageException(String reason) {
        super(415, "unsupported_image", "无法识别的图片：" + reason + "。请上传 JPEG、PNG、WebP 或 GIF 图片", Map.of("file", reason));
    }
}
