package org.inkstone.account;

import java.util.List;

/**
 * {@code GET /api/session}: who the caller is. Anonymous callers get {@code authenticated=false} and nulls.
 * {@code captchaRequired} is true for anonymous callers and for accounts over the comment CAPTCHA threshold.
 */
public record SessionView(boolean authenticated, Long id, String username, String displayName, List<String> roles,
                          boolean captchaRequired) {

    public static SessionView anonymous() {
        return new SessionView(false, null, null, null, List.of(), true);
    }
}
