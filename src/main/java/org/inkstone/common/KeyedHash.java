package org.inkstone.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * Keyed hashes (HMAC-SHA256, JDK {@code javax.crypto}) under the server secret. Threat: a stolen database
 * must not reveal readers' IP addresses or CAPTCHA answers, and neither may be brute-forced offline without
 * the secret. The secret is {@code inkstone.secret} when configured, else the random value that migration V2
 * stored in {@code site_meta}, so every node of one database agrees. Each use names a purpose, so a hash made
 * for one purpose never matches another.
 *
 * <p>Thread-safe: a {@link Mac} is created per call from the immutable key.
 */
@ApplicationScoped
public class KeyedHash {

    @Inject
    InkstoneConfig config;

    @Inject
    Database database;

    private volatile SecretKeySpec key;

    /** A keyed hash under a fixed {@code secret}, needing neither configuration nor database (tests, tools). */
    public static KeyedHash withSecret(String secret) {
        KeyedHash k = new KeyedHash();
        k.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        return k;
    }

    /** Hex HMAC-SHA256 (64 characters) of {@code purpose + ":" + value}. */
    public String hex(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return HexFormat.of().formatHex(mac.doFinal((purpose + ":" + value).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Constant-time equality of two hex hashes (JDK {@link MessageDigest#isEqual}). */
    public static boolean same(String a, String b) {
        return a != null && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    private SecretKeySpec key() {
        SecretKeySpec k = key;
        if (k == null) {
            String secret = config.get("inkstone.secret");
            if (secret.isEmpty()) {
                secret = storedSecret();
            }
            k = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
            key = k;
        }
        return k;
    }

    private String storedSecret() {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT value FROM site_meta WHERE name = 'secret'");
             ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                throw new IllegalStateException("site_meta has no secret: migration V2 did not run");
            }
            return r.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the server secret", e);
        }
    }
}
