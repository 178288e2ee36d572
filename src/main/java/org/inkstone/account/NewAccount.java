package org.inkstone.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/accounts}: a reader registers. User name: 3–32 of {@code a-z 0-9 _ . -}, starting with a
 * letter or digit (compared as given; lower case only). Display name: 1–24 characters after trimming, checked
 * by {@link DisplayNames}. Password: 10–128 characters.
 */
public record NewAccount(
        @NotNull(message = "必填") @Pattern(regexp = "[a-z0-9][a-z0-9_.-]{2,31}", message = "3–32 个小写字母、数字或 _.-") String username,
        @NotNull(message = "必填") @Size(min = 1, max = 64, message = "1–24 个字符") String displayName,
        @NotNull(message = "必填") @Size(min = 10, max = 128, message = "10–128 个字符") String password) {
}
