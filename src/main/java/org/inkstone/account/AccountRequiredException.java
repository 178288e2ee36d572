package org.inkstone.account;

import org.inkstone.common.InkstoneException;

import java.util.Map;

/**
 * 403 {@code forbidden}: the action is logged under the account that takes it (moderation, blocks), so the
 * admin bearer token, which has the role but no account, may not take it.
 */
public final class AccountRequiredException extends InkstoneException {

    public AccountRequiredException() {
        super(403, "forbidden", "审核操作需要以账号登录", Map.of());
    }
}
