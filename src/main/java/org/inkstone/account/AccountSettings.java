package org.inkstone.account;

import org.inkstone.common.ConfigValues;
import org.inkstone.common.InkstoneConfig;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Accounts, log-ins and sessions. Immutable.
 *
 * @param reservedNames        {@code inkstone.account.reserved-names}: words no reader name may contain, compared by
 *                             confusable skeleton (default: 管理员, 版主, 编辑, admin, moderator, … and the site's name)
 * @param adminUsername        {@code inkstone.account.admin.username}: the first admin account, created when there is
 *                             none (default {@code admin}; empty: none is created)
 * @param adminPassword        {@code inkstone.account.admin.password}: its password; empty (the default) generates a
 *                             random one, logged once
 * @param adminDisplayName     {@code inkstone.account.admin.display-name} (default 管理员)
 * @param passwordIterations   {@code inkstone.account.password.iterations}: PBKDF2-HMAC-SHA256 iterations for new
 *                             hashes, 10,000–10,000,000 (default 600,000, OWASP's 2023 figure)
 * @param cookieSecure         {@code inkstone.session.cookie-secure}: the session cookie is {@code Secure} (default false)
 * @param sessionTimeout       {@code inkstone.session.timeout-minutes}: idle session lifetime, 1 min to 30 days (default 120)
 * @param adminToken           {@code inkstone.admin.token}: the bearer token that scripts may send for the admin role;
 *                             empty (the default): none is accepted
 */
public record AccountSettings(List<String> reservedNames, String adminUsername, String adminPassword, String adminDisplayName,
                              int passwordIterations, boolean cookieSecure, Duration sessionTimeout, String adminToken) {

    /** Reads the keys above; throws {@link org.inkstone.common.InvalidSettingException} naming a key whose value is out of range. */
    public static AccountSettings from(InkstoneConfig c) {
        return new AccountSettings(c.getList("inkstone.account.reserved-names"), c.get("inkstone.account.admin.username"),
                c.get("inkstone.account.admin.password"), c.get("inkstone.account.admin.display-name"),
                ConfigValues.intIn(c, "inkstone.account.password.iterations", 10_000, 10_000_000),
                ConfigValues.bool(c, "inkstone.session.cookie-secure"),
                ConfigValues.duration(c, "inkstone.session.timeout-minutes", ChronoUnit.MINUTES, 1, 43_200),
                c.get("inkstone.admin.token"));
    }

    /** Never shows the admin password or token (records print every component). */
    @Override
    public String toString() {
        return "AccountSettings[reservedNames=" + reservedNames + ", adminUsername=" + adminUsername + ", adminPassword="
                + (adminPassword.isEmpty() ? "(generated)" : "(set)") + ", adminDisplayName=" + adminDisplayName
                + ", passwordIterations=" + passwordIterations + ", cookieSecure=" + cookieSecure + ", sessionTimeout="
                + sessionTimeout + ", adminToken=" + (adminToken.isEmpty() ? "(none)" : "(set)") + "]";
    }
}
