package org.inkstone.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.inkstone.account.Account;
import org.inkstone.account.AccountService;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * Fills in who wrote comments (the account's role and user name) from {@link AccountService}, so comment
 * queries never join the {@code account} table: one look-up for a whole page of comments, none when every
 * comment is anonymous. A role changed since posting shows at once. Thread-safe (stateless).
 */
@ApplicationScoped
public class Authors {

    @Inject
    AccountService accounts;

    /** Sets {@code authorRole} and {@code username} on every comment written by an account; returns {@code comments}. */
    public <C extends Collection<Comment>> C fill(C comments) {
        Map<Long, Account> byId = accounts.findByIds(comments.stream().map(Comment::getAccountId).filter(Objects::nonNull)
                .distinct().toList());
        for (Comment c : comments) {
            Account a = c.getAccountId() == null ? null : byId.get(c.getAccountId());
            if (a != null) {
                c.setAuthorRole(a.getRole());
                c.setUsername(a.getUsername());
            }
        }
        return comments;
    }
}
