package org.inkstone.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /api/session}: user name and password (at most 32 and 128 characters). */
public record Credentials(
        @NotNull(message = "必填") @Size(min = 1, max = 32, message = "1–32 个字符") String username,
        @NotNull(message = "必填") @Size(min = 1, max = 128, message = "1–128 个字符") String password) {
}
