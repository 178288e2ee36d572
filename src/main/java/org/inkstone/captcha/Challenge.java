package org.inkstone.captcha;

import java.time.OffsetDateTime;

/** {@code POST /api/captcha} answer: the challenge id, the absolute URL of its PNG, and when it expires. */
public record Challenge(String id, String imageUrl, OffsetDateTime expiresAt) {
}
