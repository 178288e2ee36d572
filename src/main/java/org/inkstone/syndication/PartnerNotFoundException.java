package org.inkstone.syndication;

import org.inkstone.common.InkstoneException;

/** 404 {@code partner_not_found}: no partner has that id. */
public final class PartnerNotFoundException extends InkstoneException {

    public PartnerNotFoundException(long id) {
        super(404, "partner_not_found", "合作方不存在：" + id, null);
    }
}
