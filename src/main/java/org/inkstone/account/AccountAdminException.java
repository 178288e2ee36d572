package org.inkstone.account;

import org.inkstone.common.InkstoneException;

import java.util.Map;

/** Refusals of staff account administration: 404 {@code account_not_found}, 409 {@code own_account}. */
public final class AccountAdminException extends InkstoneException {

    private AccountAdminException(int status, String code, String message) {
        super(status, code, message, Map.of());
    }

    public static AccountAdminException notFound(long id) {
        return new AccountAdminException(404, "account_not_found", "账号不存在：" + id);
    }

    public static AccountAdminException ownAccount() {
        return new AccountAdminException(409, "own_account", "不能停用自己的账号或重置自己的密码（请在账号设置中修改密码）");
    }
}
