package org.inkstone.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;
import java.time.Duration;
import java.util.Optional;

/**
 * The account behind the current request, if the caller logged in. Accounts are cached by user name for up
 * to 10 s, so a role change takes effect within that time. Thread-safe.
 */
@ApplicationScoped
public class Caller {

    @Inject
    SecurityContext security;

    @Inject
    AccountMapper mapper;

    private final Cache<String, Account> byName = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(10)).maximumSize(10_000).build();

    /** The logged-in account, or empty for anonymous callers (or an account deleted since log-in). */
    public Optional<Account> account() {
        Principal p = security.getCallerPrincipal();
        if (p == null) {
            return Optional.empty();
        }
        Account a = byName.getIfPresent(p.getName());
        if (a == null) {
            a = mapper.findByUsername(p.getName());
            if (a != null) {
                byName.put(p.getName(), a);
            }
        }
        return Optional.ofNullable(a);
    }

    /** The account named {@code username}, bypassing the cache (right after log-in). */
    Account mapperLookup(String username) {
        return mapper.findByUsername(username);
    }
}
