package org.inkstone.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * Password hashing with the container's Jakarta Security {@link Pbkdf2PasswordHash}: PBKDF2-HMAC-SHA256, a
 * 32-byte random salt and {@code inkstone.account.password.iterations} iterations (default 600,000: the OWASP
 * Password Storage Cheat Sheet figure for PBKDF2-HMAC-SHA256, 2023). The stored string carries its own
 * algorithm, iterations and salt, so raising the count later leaves old hashes verifiable.
 *
 * <p>Thread-safe after initialisation. One hash or verification costs tens to hundreds of ms of CPU.
 */
@ApplicationScoped
public class Passwords {

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    AccountSettings settings;

    private String dummy;

    @PostConstruct
    void init() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(settings.passwordIterations()),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        dummy = hash.generate("not a password of anyone".toCharArray());
    }

    /** The storable hash of {@code password}. */
    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    /** True when {@code password} matches {@code stored}. */
    public boolean verify(String password, String stored) {
        return hash.verify(password.toCharArray(), stored);
    }

    /** Spends the time of one verification, so an unknown user name answers as slowly as a wrong password. */
    public void verifyNobody(String password) {
        hash.verify(password.toCharArray(), dummy);
    }
}
