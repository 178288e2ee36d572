package org.inkstone.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.inkstone.account.AccountService;

/** {@link Nicknames} by the account side's display-name rule and its list of staff names. Thread-safe. */
@ApplicationScoped
public class AccountNicknames implements Nicknames {

    @Inject
    AccountService accounts;

    @Override
    public String check(String field, String raw) {
        return accounts.displayNames().check(field, raw, accounts.staffDisplayNames());
    }
}
