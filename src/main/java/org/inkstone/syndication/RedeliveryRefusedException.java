package org.inkstone.syndication;

import org.inkstone.common.InkstoneException;

/**
 * 409 on a redeliver: {@code delivery_not_finished} (it is queued or being sent: it goes out anyway; or it was
 * superseded) or {@code delivery_outdated} (a newer delivery of the same item exists for the partner: redeliver
 * that one, older versions are never sent again, so an item's versions never arrive out of order).
 */
public final class RedeliveryRefusedException extends InkstoneException {

    private RedeliveryRefusedException(String code, String message) {
        super(409, code, message, null);
    }

    /** {@code delivery_not_finished}: the message names the delivery as 投递 #{@code id} and its status. */
    public static RedeliveryRefusedException notFinished(long id, String status) {
        return new RedeliveryRefusedException("delivery_not_finished", "投递 #" + id + " 的状态为 " + status
                + "，只能重新投递已送达或已失败的投递");
    }

    /** {@code delivery_outdated}: the message names the delivery as 投递 #{@code id}. */
    public static RedeliveryRefusedException outdated(long id) {
        return new RedeliveryRefusedException("delivery_outdated", "投递 #" + id
                + " 之后该稿件已有更新的投递，请重新投递最新的一条");
    }
}
