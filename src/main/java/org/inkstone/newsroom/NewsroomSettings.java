package org.inkstone.newsroom;

import org.inkstone.account.Role;
import org.inkstone.common.ConfigValues;
import org.inkstone.common.InkstoneConfig;
import org.inkstone.common.InvalidSettingException;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The newsroom's configuration, read once (defaults in {@code META-INF/microprofile-config.properties}). Immutable.
 *
 * @param reviewLevels  {@code inkstone.newsroom.review-levels}: review levels before publication, 1–3 (default 3:
 *                      初审, 复审, 终审 of the 三审 rule; 1 for a small desk)
 * @param levelRoles    {@code inkstone.newsroom.level-roles}: the role that approves each level, comma-separated,
 *                      first level first, each {@code editor}, {@code chief-editor} or {@code admin}; at least
 *                      {@code reviewLevels} entries (default {@code editor,chief-editor,chief-editor})
 * @param bodyMaxChars  {@code inkstone.newsroom.body-max-chars}: the longest body HTML after sanitizing, in UTF-16
 *                      characters, 1,000–1,000,000 (default 200,000)
 * @param wordsFile     {@code inkstone.newsroom.words-file}: an extra sensitive-word list for articles (UTF-8, one
 *                      word a line, {@code #} comments), checked together with the comment moderation's list; empty
 *                      (the default) for none
 * @param schedulePoll  {@code inkstone.newsroom.schedule-poll-ms}: how often due scheduled articles are published,
 *                      100 ms to 60 s (default 1,000 ms)
 */
public record NewsroomSettings(int reviewLevels, List<Role> levelRoles, int bodyMaxChars, String wordsFile,
                               Duration schedulePoll) {

    public NewsroomSettings {
        levelRoles = List.copyOf(levelRoles);
    }

    /** The role that approves level {@code level} (1-based). */
    public Role levelRole(int level) {
        return levelRoles.get(level - 1);
    }

    /** @throws InvalidSettingException naming the key of a value out of range or of the wrong form */
    public static NewsroomSettings from(InkstoneConfig c) {
        int levels = ConfigValues.intIn(c, "inkstone.newsroom.review-levels", 1, 3);
        String key = "inkstone.newsroom.level-roles";
        String raw = c.get(key);
        List<Role> roles = new ArrayList<>();
        for (String part : raw.split(",")) {
            String id = part.strip();
            Role r;
            try {
                r = Role.of(id);
            } catch (IllegalArgumentException e) {
                throw new InvalidSettingException(key, "editor, chief-editor or admin, comma-separated", raw);
            }
            if (!r.includes(Role.EDITOR)) {
                throw new InvalidSettingException(key, "editor, chief-editor or admin, comma-separated", raw);
            }
            roles.add(r);
        }
        if (roles.size() < levels) {
            throw new InvalidSettingException(key, "a role for each of the " + levels + " review levels", raw);
        }
        return new NewsroomSettings(levels, roles.subList(0, levels),
                ConfigValues.intIn(c, "inkstone.newsroom.body-max-chars", 1_000, 1_000_000),
                c.get("inkstone.newsroom.words-file"),
                ConfigValues.duration(c, "inkstone.newsroom.schedule-poll-ms", ChronoUnit.MILLIS, 100, 60_000));
    }
}
