package org.inkstone.syndication;

import org.inkstone.common.InkstoneException;

import java.util.Map;

/** A pull cursor that the API did not write: 400 {@code invalid_cursor} naming the field {@code cursor}. */
public class InvalidCursorException extends InkstoneException {
    public InvalidCursorException() {
        super(400, "invalid_cursor", "参数 cursor 无效：请使用上一页返回的 nextCursor", Map.of("cursor", "不是本接口给出的游标"));
    }
}
