package org.inkstone.account;

import org.inkstone.common.InvalidParameterException;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OneTimePasswordsTest {

    @Test
    void generatedPasswordsAre16UnambiguousCharactersAndNeverRepeat() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String p = OneTimePasswords.generate(random);
            assertEquals(16, p.length());
            assertTrue(p.chars().allMatch(c -> OneTimePasswords.ALPHABET.indexOf(c) >= 0), p);
            assertTrue(seen.add(p), "repeated " + p);
        }
        for (char confusable : "0O1lI".toCharArray()) {
            assertEquals(-1, OneTimePasswords.ALPHABET.indexOf(confusable), String.valueOf(confusable));
        }
    }

    @Test
    void whileTheChangeIsPendingOnlyTheSessionThePasswordChangeTheLogInPageAndAssetsAreAllowed() {
        for (String[] ok : new String[][]{{"GET", "api/session"}, {"POST", "api/session"}, {"DELETE", "api/session"},
                {"PUT", "api/accounts/me/password"}, {"PUT", "/api/accounts/me/password/"}, {"GET", "login"},
                {"GET", "assets/login.js"}, {"HEAD", "assets/css/site.css"}}) {
            assertTrue(OneTimePasswords.allowedWhilePending(ok[0], ok[1]), String.join(" ", ok));
        }
        for (String[] refused : new String[][]{{"GET", ""}, {"GET", "articles/1"}, {"GET", "newsroom"}, {"GET", "newsroom/accounts"},
                {"GET", "api/admin/accounts"}, {"POST", "api/admin/accounts"}, {"POST", "api/articles/1/comments"},
                {"POST", "api/accounts/me/password"}, {"GET", "api/accounts/me/password"}, {"POST", "login"},
                {"POST", "assets/x"}, {"GET", "api/sessions"}, {"GET", "loginx"}, {"GET", "api/session/../admin/accounts"}}) {
            assertFalse(OneTimePasswords.allowedWhilePending(refused[0], refused[1]), String.join(" ", refused));
        }
    }

    @Test
    void theNewPasswordMustDifferFromTheOneTimeOne() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> OneTimePasswords.checkReplacement(true, "abcDEF234567xyzQ", "abcDEF234567xyzQ"));
        assertEquals(Map.of("newPassword", "新密码不能与临时密码相同"), e.fields());
        OneTimePasswords.checkReplacement(true, "abcDEF234567xyzQ", "a new password of mine");
        OneTimePasswords.checkReplacement(false, "same password 123", "same password 123"); // an ordinary change: no such rule
    }

    @Test
    void theRefusalIs403PasswordChangeRequired() {
        PasswordChangeRequiredException e = new PasswordChangeRequiredException();
        assertEquals(403, e.status());
        assertEquals("password_change_required", e.code());
    }
}
