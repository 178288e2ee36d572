package org.inkstone.comment;

import org.inkstone.common.InkstoneException;

import java.util.Map;

/** A moderator named an account to block that does not exist: 404 {@code account_not_found}. */
public class AccountNotFoundException extends InkstoneException {

    public AccountNotFoundException(long accountId) {
        super(404, "account_not_found", "账号不存在：" + accountId, Map.of());
    }
}
