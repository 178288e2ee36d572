package org.inkstone.comment;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * Direct access to the integration-test database (system properties {@code it.db.url}, {@code it.db.user},
 * {@code it.db.password}) for what a test cannot do over HTTP: read what was stored, age a CAPTCHA challenge,
 * and set a challenge's answer (a test cannot read the distorted PNG, so it replaces the stored keyed hash
 * with the hash of a known answer, computed as the server does: HMAC-SHA256 under the server secret).
 */
public final class TestDb {

    private TestDb() {
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
    }

    public static long count(String sql, Object... args) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] bytes(String sql, Object... args) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getBytes(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static int update(String sql, Object... args) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Makes {@code answer} the answer of challenge {@code id}; returns it. */
    public static String setCaptchaAnswer(String id, String answer) {
        String secret = new String(bytes("SELECT value FROM site_meta WHERE name = 'secret'"), StandardCharsets.UTF_8);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String hash = HexFormat.of().formatHex(mac.doFinal(("captcha:" + id + ":" + answer.toLowerCase()).getBytes(StandardCharsets.UTF_8)));
            update("UPDATE captcha_challenge SET answer_hash = ? WHERE id = ?", hash, id);
            return answer;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
