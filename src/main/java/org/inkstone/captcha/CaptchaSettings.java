package org.inkstone.captcha;

import org.inkstone.common.ConfigValues;
import org.inkstone.common.InkstoneConfig;
import org.inkstone.common.InvalidSettingException;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

/**
 * The CAPTCHA's configuration, read once (defaults in {@code META-INF/microprofile-config.properties}).
 * The request limit per client address is {@link org.inkstone.common.RateLimit#CAPTCHA}.
 *
 * @param ttl how long a challenge may be answered: {@code inkstone.captcha.ttl-seconds}, whole seconds,
 *            10–3600 (default 300)
 */
public record CaptchaSettings(Duration ttl) {

    /** @throws InvalidSettingException naming the key of a value out of range or not a number */
    public static CaptchaSettings from(InkstoneConfig c) {
        return new CaptchaSettings(ConfigValues.duration(c, "inkstone.captcha.ttl-seconds", ChronoUnit.SECONDS, 10, 3600));
    }
}
