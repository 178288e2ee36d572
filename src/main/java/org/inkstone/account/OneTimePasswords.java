package org.inkstone.account;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The one-time password rule. An administrator's reset gives an account a generated password that is shown
 * once; the account may log in with it, but until it sets a password of its own, every request other than
 * those {@link #allowedWhilePending allowed while the change is pending} is refused with 403
 * {@code password_change_required} (pages are sent to the log-in page, which offers the change). The new
 * password must differ from the one-time one. Pure and thread-safe.
 */
public final class OneTimePasswords {

    /** Letters and digits that cannot be confused with each other when read aloud or copied by hand (no 0/O, 1/l/I). */
    static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /** Length of a generated password: 16 characters of a 55-letter alphabet, about 92 bits. */
    public static final int LENGTH = 16;

    private OneTimePasswords() {
    }

    /** A new one-time password of {@link #LENGTH} characters from {@link #ALPHABET}. */
    public static String generate(SecureRandom random) {
        StringBuilder b = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /**
     * True for the requests a session whose password must be changed may still make: anything on
     * {@code api/session} (who am I, log in, log out), {@code PUT api/accounts/me/password} (the change), the
     * log-in page and static assets.
     *
     * @param method the HTTP method
     * @param path   the request path relative to the application root, without a leading slash
     */
    public static boolean allowedWhilePending(String method, String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        p = p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
        String m = method.toUpperCase(Locale.ROOT);
        return p.equals("api/session")
                || (p.equals("api/accounts/me/password") && m.equals("PUT"))
                || (p.equals("login") && (m.equals("GET") || m.equals("HEAD")))
                || (p.startsWith("assets/") && (m.equals("GET") || m.equals("HEAD")));
    }

    /**
     * Checks a new password against the one it replaces while a change is pending.
     *
     * @throws org.inkstone.common.InvalidParameterException ({@code newPassword}) when it equals the one-time password
     */
    public static void checkReplacement(boolean pending, String current, String next) {
        if (pending && next.equals(current)) {
            throw new org.inkstone.common.InvalidParameterException("newPassword", "新密码不能与临时密码相同");
        }
    }
}
