package org.inkstone.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.HashSet;
import java.util.Optional;

/**
 * The Jakarta Security identity store over the {@code account} table. A valid user name and password give
 * the caller the account's role and every role it includes as groups (see {@link Role}); a disabled account
 * never logs in (answered like a wrong password, after the same verification). Threat: user-name
 * probing by timing; an unknown user name costs one PBKDF2 verification like a wrong password. Thread-safe.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountMapper mapper;

    @Inject
    Passwords passwords;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential c)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String password = c.getPasswordAsString();
        Optional<Account> account = Optional.ofNullable(mapper.findByUsername(c.getCaller()));
        if (account.isEmpty()) {
            passwords.verifyNobody(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        Account a = account.get();
        if (!passwords.verify(password, a.getPasswordHash()) || a.isDisabled()) {
            return CredentialValidationResult.INVALID_RESULT; // a disabled account answers like a wrong password
        }
        return new CredentialValidationResult(a.getUsername(), new HashSet<>(a.role().included()));
    }
}
