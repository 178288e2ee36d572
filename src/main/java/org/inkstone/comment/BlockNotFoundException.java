package org.inkstone.comment;

import org.inkstone.common.InkstoneException;

import java.util.Map;

/** There is no block to lift for that subject: 404 {@code block_not_found}. */
public class BlockNotFoundException extends InkstoneException {

    public BlockNotFoundException() {
        super(404, "block_not_found", "没有这项封禁", Map.of());
    }
}
