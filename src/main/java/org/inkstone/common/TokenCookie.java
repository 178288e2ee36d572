package org.inkstone.common;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A long-lived cookie holding an opaque random token (the anonymous writer's and the visitor's): 18 random
 * bytes from {@link SecureRandom} as 24 base64url characters, {@code HttpOnly}, {@code SameSite=Lax}, one year,
 * on the application's path. Only keyed hashes of a token are ever stored. Thread-safe (stateless;
 * {@code SecureRandom} is thread-safe).
 *
 * @param name the cookie's name
 */
public record TokenCookie(String name) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_AGE_SECONDS = 365 * 24 * 3600;

    /** The request's token if it carries a well-formed one (24 base64url characters), else null. */
    public String read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (name.equals(c.getName()) && c.getValue() != null && c.getValue().matches("[A-Za-z0-9_-]{24}")) {
                    return c.getValue();
                }
            }
        }
        return null;
    }

    /** Sets a new random token on the response ({@code Secure} when {@code secure}) and returns it. */
    public String issue(HttpServletRequest request, HttpServletResponse response, boolean secure) {
        byte[] b = new byte[18];
        RANDOM.nextBytes(b);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        response.addHeader("Set-Cookie", name + "=" + token + "; Path=" + path + "; Max-Age=" + MAX_AGE_SECONDS
                + "; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : ""));
        return token;
    }
}
