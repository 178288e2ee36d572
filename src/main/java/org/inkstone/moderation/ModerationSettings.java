package org.inkstone.moderation;

import org.inkstone.common.ConfigValues;
import org.inkstone.common.InkstoneConfig;
import org.inkstone.common.InvalidSettingException;

/**
 * The moderation rules' configuration, read once (defaults in {@code META-INF/microprofile-config.properties}).
 *
 * @param holdLinks    {@code inkstone.comment.moderation.hold-links}: {@code true} or {@code false} (default
 *                     true): {@link LinkCheck} holds comments with a link
 * @param wordsFile    {@code inkstone.comment.moderation.words-file}: path of the flagged-word list (UTF-8,
 *                     see {@link SensitiveWords}); empty (the default) means no list. The run profile points
 *                     it at {@code config/sensitive-words.txt}
 * @param trustedAfter {@code inkstone.comment.moderation.trusted-after}: approved comments, 0–1000 (default 1),
 *                     an anonymous client address needs before its comments are published at once
 *                     ({@link NewWriterCheck}); 0 turns the rule off
 */
public record ModerationSettings(boolean holdLinks, String wordsFile, int trustedAfter) {

    /** @throws InvalidSettingException naming the key of a value out of range or of the wrong form */
    public static ModerationSettings from(InkstoneConfig c) {
        return new ModerationSettings(
                ConfigValues.bool(c, "inkstone.comment.moderation.hold-links"),
                c.get("inkstone.comment.moderation.words-file"),
                ConfigValues.intIn(c, "inkstone.comment.moderation.trusted-after", 0, 1000));
    }
}
