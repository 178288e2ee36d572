package org.inkstone.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.inkstone.account.AccountService;

/**
 * {@link Nicknames} by the account side's rules: the display-name rule, no look-alike of a staff name, and no
 * look-alike of a registered reader's display name (409 {@code nickname_taken}). Thread-safe.
 */
@ApplicationScoped
public class AccountNicknames implements Nicknames {

    @Inject
    AccountService accounts;

    @Override
    public String check(String field, String raw) {
        return accounts.checkNickname(raw);
    }
}
