package org.inkstone.comment;

import org.inkstone.common.ForbiddenException;

/** The author is blocked from posting and flagging (see {@link Blocks}): 403 {@code blocked}. */
public class BlockedException extends ForbiddenException {

    public BlockedException() {
        super("blocked", "您暂时不能发表或举报评论");
    }
}
