package org.inkstone.account;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.inkstone.common.InkstoneConfig;
import org.inkstone.common.InkstoneException;
import org.inkstone.common.Sql;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Accounts: registration, lookup, the staff names readers may not imitate, and the first admin account.
 * Thread-safe (stateless apart from a 60-second cache of staff display names).
 */
@ApplicationScoped
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    @Inject
    AccountMapper mapper;

    @Inject
    Passwords passwords;

    @Inject
    InkstoneConfig config;

    private volatile DisplayNames names;

    private final LoadingCache<String, List<String>> staffNames = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(60)).build(k -> mapper.listStaffDisplayNames());

    /** The name rules with the reserved words of {@code inkstone.account.reserved-names}. */
    public DisplayNames displayNames() {
        DisplayNames n = names;
        if (n == null) {
            n = new DisplayNames(config.getList("inkstone.account.reserved-names"));
            names = n;
        }
        return n;
    }

    /** Display names of staff accounts (cached up to 60 s). */
    public List<String> staffDisplayNames() {
        return staffNames.get("all");
    }

    /**
     * Registers a reader. Throws {@link org.inkstone.common.InvalidParameterException} for a display name that
     * breaks {@link DisplayNames}, and 409 {@code username_taken} when the user name exists.
     */
    public Account register(NewAccount request) {
        String display = displayNames().check("displayName", request.displayName(), staffDisplayNames());
        return create(request.username(), display, request.password(), Role.READER);
    }

    private Account create(String username, String displayName, String password, Role role) {
        Account a = new Account();
        a.setUsername(username);
        a.setDisplayName(displayName);
        a.setPasswordHash(passwords.hash(password));
        a.setRole(role.id());
        a.setCreatedAt(Instant.now());
        try {
            mapper.insert(a);
        } catch (RuntimeException e) {
            if (Sql.isDuplicateKey(e)) {
                throw new InkstoneException(409, "username_taken", "用户名已被使用", Map.of("username", "已被使用"));
            }
            throw e;
        }
        staffNames.invalidateAll();
        return a;
    }

    /**
     * Changes an account's password after checking the current one.
     *
     * @throws InkstoneException 403 {@code invalid_credentials} when {@code current} is wrong
     */
    public void changePassword(Account account, String current, String next) {
        if (!passwords.verify(current, account.getPasswordHash())) {
            throw new InkstoneException(403, "invalid_credentials", "当前密码不正确", Map.of("currentPassword", "不正确"));
        }
        mapper.updatePassword(account.getId(), passwords.hash(next));
    }

    public Optional<Account> findById(long id) {
        return Optional.ofNullable(mapper.findById(id));
    }
    /**
     * The accounts with these ids, by id (unknown ids are absent; password hashes are not loaded): how other
     * features show who wrote something without reading the {@code account} table. One query; an empty
     * collection costs none.
     */
    public java.util.Map<Long, Account> findByIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, Account> byId = new java.util.HashMap<>();
        for (Account a : mapper.listByIds(new java.util.TreeSet<>(ids))) {
            byId.put(a.getId(), a);
        }
        return byId;
    }


    /**
     * On first start (no admin account exists) creates {@code inkstone.account.admin.username} with the
     * password {@code inkstone.account.admin.password}. Without a configured password a random one is
     * generated and logged once, so no default password exists anywhere. Returns true when it created one.
     */
    public boolean ensureAdmin() {
        String username = config.get("inkstone.account.admin.username");
        if (username.isEmpty() || mapper.countByRole(Role.ADMIN.id()) > 0) {
            return false;
        }
        String password = config.get("inkstone.account.admin.password");
        boolean generated = password.isEmpty();
        if (generated) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        }
        create(username, config.get("inkstone.account.admin.display-name"), password, Role.ADMIN);
        LOG.warning(generated
                ? "created the admin account '" + username + "' with the generated password " + password + " (shown once; change it)"
                : "created the admin account '" + username + "' from inkstone.account.admin.password");
        return true;
    }
}
