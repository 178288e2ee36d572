package org.inkstone.account;

import org.inkstone.common.InkstoneException;

import java.util.Map;

/** 401 {@code login_required}: the session's log-in ended because the account's password was changed elsewhere. */
public final class SessionEndedException extends InkstoneException {

    public SessionEndedException() {
        super(401, "login_required", "密码已在别处更改，请重新登录", Map.of());
    }
}
