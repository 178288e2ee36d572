package org.inkstone.account;

import java.util.List;

/**
 * {@code GET /api/session}: who the caller is. Anonymous callers get {@code authenticated=false} and nulls.
 * {@code captchaRequired} is true for anonymous callers and for accounts over the comment CAPTCHA threshold.
 * {@code passwordChangeRequired} is true when the account logged in with a one-time password from an
 * administrator's reset: every action but {@code PUT /api/accounts/me/password} (and the session) answers 403
 * {@code password_change_required} until it is changed.
 */
public record SessionView(boolean authenticated, Long id, String username, String displayName, List<String> roles,
                          boolean captchaRequired, boolean passwordChangeRequired) {

    public static SessionView anonymous() {
        return new SessionView(false, null, null, null, List.of(), true, false);
    }
}
