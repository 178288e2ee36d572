package org.inkstone.syndication;

import org.inkstone.common.InkstoneException;

/** 404 {@code delivery_not_found}: no delivery has that id. */
public final class DeliveryNotFoundException extends InkstoneException {

    public DeliveryNotFoundException(long id) {
        super(404, "delivery_not_found", "推送记录不存在：" + id, null);
    }
}
