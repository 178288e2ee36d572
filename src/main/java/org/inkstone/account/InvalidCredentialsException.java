package org.inkstone.account;

import org.inkstone.common.InkstoneException;

import java.util.Map;

/**
 * {@code invalid_credentials}: 401 when a log-in's user name and password do not match an account
 * ({@link #logIn()}, which never says which of the two was wrong), 403 when a logged-in caller's current
 * password is wrong ({@link #currentPassword()}, naming the field).
 */
public final class InvalidCredentialsException extends InkstoneException {

    private InvalidCredentialsException(int status, String message, Map<String, String> fields) {
        super(status, "invalid_credentials", message, fields);
    }

    public static InvalidCredentialsException logIn() {
        return new InvalidCredentialsException(401, "用户名或密码错误", Map.of());
    }

    public static InvalidCredentialsException currentPassword() {
        return new InvalidCredentialsException(403, "当前密码不正确", Map.of("currentPassword", "不正确"));
    }
}
