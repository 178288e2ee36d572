package org.inkstone.comment;

import org.inkstone.common.ConfigValues;
import org.inkstone.common.InkstoneConfig;
import org.inkstone.common.InvalidSettingException;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

/**
 * The comment feature's configuration, read once at start-up (the defaults are the shipped
 * {@code META-INF/microprofile-config.properties}; see {@link InkstoneConfig} for overrides). The posting and
 * flagging rate limits are in {@link org.inkstone.common.RateLimit}; the moderation rules' keys in
 * {@code org.inkstone.moderation.ModerationSettings}.
 *
 * @param maxChars                {@code inkstone.comment.max-chars}: visible characters (code points after
 *                                sanitizing) a comment may have, 1–100,000 (default 2,000); its source text
 *                                may be up to 20 times longer
 * @param maxDepth                {@code inkstone.comment.max-depth}: thread levels, 1–100 (default 3: a root
 *                                and two levels of replies); deeper replies attach to the deepest allowed ancestor
 * @param duplicateWindow         {@code inkstone.comment.duplicate-window-minutes}: whole minutes, 1–10,080
 *                                (default 10), during which the same body by the same author on the same
 *                                article is refused (409 {@code duplicate_comment})
 * @param flagThreshold           {@code inkstone.comment.flags.threshold}: flags, 1–1,000 (default 3), that
 *                                send an approved comment back to the queue
 * @param captchaAccountThreshold {@code inkstone.comment.captcha.account-threshold}: posts an account may make
 *                                in a minute before it too must solve a CAPTCHA, 0–1,000,000 (default 5; 0: always;
 *                                at least the account rate limit: never)
 * @param listCache               {@code inkstone.comment.list-cache-ms}: whole milliseconds, 0–600,000
 *                                (default 1,000), that a thread page is cached for readers without pending comments
 * @param pageCache               {@code inkstone.comment.page-cache-ms}: whole milliseconds, 0–600,000
 *                                (default 10,000), that the article page's server-rendered first page is cached
 */
public record CommentSettings(int maxChars, int maxDepth, Duration duplicateWindow, int flagThreshold,
                              int captchaAccountThreshold, Duration listCache, Duration pageCache) {

    /** @throws InvalidSettingException naming the first key whose value is out of range or not a number */
    public static CommentSettings from(InkstoneConfig c) {
        return new CommentSettings(
                ConfigValues.intIn(c, "inkstone.comment.max-chars", 1, 100_000),
                ConfigValues.intIn(c, "inkstone.comment.max-depth", 1, 100),
                ConfigValues.duration(c, "inkstone.comment.duplicate-window-minutes", ChronoUnit.MINUTES, 1, 10_080),
                ConfigValues.intIn(c, "inkstone.comment.flags.threshold", 1, 1_000),
                ConfigValues.intIn(c, "inkstone.comment.captcha.account-threshold", 0, 1_000_000),
                ConfigValues.duration(c, "inkstone.comment.list-cache-ms", ChronoUnit.MILLIS, 0, 600_000),
                ConfigValues.duration(c, "inkstone.comment.page-cache-ms", ChronoUnit.MILLIS, 0, 600_000));
    }
}
