package org.inkstone.comment;

import org.inkstone.common.InkstoneException;

import java.util.Map;

/** The reader flagged this comment before: 409 {@code already_flagged}. */
public class AlreadyFlaggedException extends InkstoneException {

    public AlreadyFlaggedException() {
        super(409, "already_flagged", "您已举报过这条评论", Map.of());
    }
}
