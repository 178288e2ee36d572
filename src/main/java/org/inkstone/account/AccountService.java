package org.inkstone.account;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.ibm.icu.text.Normalizer2;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
 * Accounts: registration, lookup, password changes, the names readers may not imitate (staff names, and for
 * anonymous nicknames every account's display name), and the first admin account. Display names are unique by
 * {@link DisplayNames#uniqueKey} (their confusable skeleton), enforced by a unique column so that concurrent
 * registrations cannot both win. Thread-safe (stateless apart from a 60-second cache of staff display names).
 */
@ApplicationScoped
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    @Inject
    AccountMapper mapper;

    @Inject
    Passwords passwords;

    @Inject
    AccountSettings settings;

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private volatile DisplayNames names;

    private final LoadingCache<String, List<String>> staffNames = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(60)).build(k -> mapper.listStaffDisplayNames());

    /** The name rules with the reserved words of {@code inkstone.account.reserved-names}. */
    public DisplayNames displayNames() {
        DisplayNames n = names;
        if (n == null) {
            n = new DisplayNames(settings.reservedNames());
            names = n;
        }
        return n;
    }

    /** Display names of staff accounts (cached up to 60 s). */
    public List<String> staffDisplayNames() {
        return staffNames.get("all");
    }

    /**
     * Registers a reader; the display name is stored trimmed and NFC-normalised.
     *
     * @throws org.inkstone.common.InvalidParameterException for a display name that breaks {@link DisplayNames}
     * @throws NameTakenException 409 {@code username_taken} when the user name exists, 409
     *     {@code display_name_taken} when an account's display name has the same confusable skeleton
     */
    public Account register(NewAccount request) {
        String display = displayNames().check("displayName", request.displayName(), staffDisplayNames());
        if (isNameTaken(display)) {
            throw displayNameTaken();
        }
        return create(request.username(), display, request.password(), Role.READER);
    }

    /** At most this many staff accounts are listed. */
    public static final int STAFF_LIST_LIMIT = 1000;

    private static final DisplayNames STAFF_NAMES = new DisplayNames(List.of());

    /**
     * Creates an account for staff (any role), ready to log in with {@code password}. The display name follows
     * the character rules of {@link DisplayNames} (1–24 code points, trimmed, NFC, no control or invisible
     * characters) but not the reserved words, which exist to keep readers from posing as staff; it must not
     * look like another account's (same confusable skeleton).
     *
     * @throws org.inkstone.common.InvalidParameterException ({@code displayName}) for a name that breaks the rules
     * @throws NameTakenException 409 {@code username_taken} / {@code display_name_taken}
     */
    public Account createStaff(String username, String displayName, String password, Role role) {
        String display = STAFF_NAMES.check("displayName", displayName, List.of());
        if (isNameTaken(display)) {
            throw displayNameTaken();
        }
        return create(username, display, password, role);
    }

    /** Staff accounts (above reader), oldest first, at most {@link #STAFF_LIST_LIMIT}; password hashes not loaded. */
    public List<Account> listStaff() {
        return mapper.listStaff(STAFF_LIST_LIMIT);
    }

    /**
     * Disables (or enables again) account {@code id}. Disabling ends its sessions on every node at once (the
     * session epoch moves on) and stops its log-ins; enabling lets it log in again with its password.
     *
     * @param actor the administrator's account id, or null for the admin token
     * @throws AccountAdminException 404 {@code account_not_found}; 409 {@code own_account} when an
     *     administrator disables their own account
     */
    public Account setDisabled(Long actor, long id, boolean disabled) {
        if (disabled && actor != null && actor == id) {
            throw AccountAdminException.ownAccount();
        }
        if (mapper.updateDisabled(id, disabled) == 0) {
            throw AccountAdminException.notFound(id);
        }
        return mapper.findById(id);
    }

    /**
     * Replaces account {@code id}'s password with a generated one-time password ({@link OneTimePasswords}),
     * returned here and nowhere stored in clear; the account's sessions end, and its next log-in must change
     * the password before doing anything else.
     *
     * @param actor the administrator's account id, or null for the admin token
     * @throws AccountAdminException 404 {@code account_not_found}; 409 {@code own_account} for one's own account
     *     (change it with {@code PUT /api/accounts/me/password} instead)
     */
    public String resetPassword(Long actor, long id) {
        if (actor != null && actor == id) {
            throw AccountAdminException.ownAccount();
        }
        String oneTime = OneTimePasswords.generate(RANDOM);
        if (mapper.resetPassword(id, passwords.hash(oneTime)) == 0) {
            throw AccountAdminException.notFound(id);
        }
        return oneTime;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private Account create(String username, String displayName, String password, Role role) {
        Account a = new Account();
        a.setUsername(username);
        a.setDisplayName(NFC.normalize(displayName));
        a.setDisplaySkeleton(DisplayNames.uniqueKey(a.getDisplayName()));
        a.setPasswordHash(passwords.hash(password));
        a.setRole(role.id());
        a.setCreatedAt(Instant.now());
        try {
            mapper.insert(a);
        } catch (RuntimeException e) {
            if (Sql.isDuplicateKey(e)) {
                // Two unique keys: the user name, and the display-name skeleton (a concurrent registration won).
                if (mapper.findByUsername(username) != null) {
                    throw NameTakenException.username();
                }
                throw displayNameTaken();
            }
            throw e;
        }
        staffNames.invalidateAll();
        return a;
    }

    private static NameTakenException displayNameTaken() {
        return NameTakenException.displayName();
    }

    /**
     * True when an account's display name looks like {@code name}: the same {@link DisplayNames#uniqueKey}
     * (confusable skeleton) after NFC normalisation. One indexed query; false for a blank name.
     */
    public boolean isNameTaken(String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        return mapper.countByDisplaySkeleton(DisplayNames.uniqueKey(NFC.normalize(name.strip()))) > 0;
    }

    /**
     * The nickname an anonymous writer may show: {@code raw} checked by {@link DisplayNames} (so trimmed and
     * NFC-normalised) and not a look-alike of any account's display name, so that an anonymous comment cannot
     * pass as a registered reader's.
     *
     * @throws org.inkstone.common.InvalidParameterException ({@code nickname}) for a name that breaks the rules
     * @throws NameTakenException 409 {@code nickname_taken} when an account's display name has its skeleton
     */
    public String checkNickname(String raw) {
        String nickname = displayNames().check("nickname", raw, staffDisplayNames());
        if (isNameTaken(nickname)) {
            throw NameTakenException.nickname();
        }
        return nickname;
    }

    /**
     * Changes an account's password after checking the current one, and moves the account to the next session
     * epoch, which ends every session logged in under the old one (on every node; see {@link Caller}). Of two
     * concurrent changes from sessions of the same epoch only one succeeds.
     *
     * @param account the caller's account as read in this request (its hash and epoch are checked)
     * @return the new session epoch, for the session that made the change
     * Clears the one-time mark of an administrator's reset; the new password must then differ from the one-time one.
     *
     * @throws InvalidCredentialsException 403 when {@code current} is wrong; {@link SessionEndedException} 401
     *     {@code login_required} when another change came first (this session has ended)
     */
    public int changePassword(Account account, String current, String next) {
        if (!passwords.verify(current, account.getPasswordHash())) {
            throw InvalidCredentialsException.currentPassword();
        }
        OneTimePasswords.checkReplacement(account.isMustChangePassword(), current, next);
        if (mapper.updatePassword(account.getId(), passwords.hash(next), account.getSessionEpoch()) != 1) {
            throw new SessionEndedException();
        }
        return account.getSessionEpoch() + 1;
    }

    /**
     * Stores the display-name key of accounts created before migration V4, oldest first. An account whose name
     * looks like an earlier account's keeps no key (logged) and keeps its name; anonymous nicknames like it are
     * still refused, through the earlier account's key. Returns the number of keys stored. Idempotent; safe on
     * several nodes at once (the unique column decides).
     */
    public int completeNameSkeletons() {
        int stored = 0;
        for (Account a : mapper.listWithoutDisplaySkeleton()) {
            try {
                stored += mapper.updateDisplaySkeleton(a.getId(), DisplayNames.uniqueKey(NFC.normalize(a.getDisplayName())));
            } catch (RuntimeException e) {
                if (!Sql.isDuplicateKey(e)) {
                    throw e;
                }
                LOG.warning("account " + a.getId() + ": display name looks like another account's; left without a unique key");
            }
        }
        return stored;
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
        String username = settings.adminUsername();
        if (username.isEmpty() || mapper.countByRole(Role.ADMIN.id()) > 0) {
            return false;
        }
        String password = settings.adminPassword();
        boolean generated = password.isEmpty();
        if (generated) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        }
        create(username, settings.adminDisplayName(), password, Role.ADMIN);
        LOG.warning(generated
                ? "created the admin account '" + username + "' with the generated password " + password + " (shown once; change it)"
                : "created the admin account '" + username + "' from inkstone.account.admin.password");
        return true;
    }
}
