package org.inkstone.syndication;

import org.inkstone.common.InkstoneException;

import java.util.Map;

/** 409 {@code partner_name_taken}: another partner has that name; names {@code name}. */
public final class PartnerNameTakenException extends InkstoneException {

    public PartnerNameTakenException(String name) {
        super(409, "partner_name_taken", "合作方名称已被使用：" + name, Map.of("name", "已被使用"));
    }
}
