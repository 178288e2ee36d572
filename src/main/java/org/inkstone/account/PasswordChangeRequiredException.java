package org.inkstone.account;

import org.inkstone.common.InkstoneException;

import java.util.Map;

/** 403 {@code password_change_required}: the session logged in with a one-time password and must set its own first. */
public final class PasswordChangeRequiredException extends InkstoneException {

    public PasswordChangeRequiredException() {
        super(403, "password_change_required", "请先修改临时密码（PUT /api/accounts/me/password），再进行其他操作", Map.of());
    }
}
