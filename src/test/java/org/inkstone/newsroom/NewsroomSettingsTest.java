package org.inkstone.newsroom;

import org.inkstone.account.Role;
import org.inkstone.common.InkstoneConfig;
import org.inkstone.common.InvalidSettingException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NewsroomSettingsTest {

    private static NewsroomSettings with(String levels, String roles) {
        Properties p = new Properties();
        p.setProperty("inkstone.newsroom.review-levels", levels);
        p.setProperty("inkstone.newsroom.level-roles", roles);
        return NewsroomSettings.from(new InkstoneConfig(Map.of(), p));
    }

    @Test
    void theShippedDefaultsAreThreeLevelsEditorThenChiefEditors() {
        NewsroomSettings s = NewsroomSettings.from(new InkstoneConfig(Map.of(), new Properties()));
        assertEquals(3, s.reviewLevels());
        assertEquals(List.of(Role.EDITOR, Role.CHIEF_EDITOR, Role.CHIEF_EDITOR), s.levelRoles());
        assertEquals(200_000, s.bodyMaxChars());
        assertEquals(1_000, s.schedulePoll().toMillis());
    }

    @Test
    void oneLevelTakesTheFirstRoleAndTheEnvironmentOverrides() {
        assertEquals(List.of(Role.EDITOR), with("1", "editor,chief-editor,chief-editor").levelRoles());
        NewsroomSettings env = NewsroomSettings.from(new InkstoneConfig(Map.of("INKSTONE_NEWSROOM_REVIEW_LEVELS", "2"), new Properties()));
        assertEquals(2, env.reviewLevels());
    }

    @Test
    void outOfRangeLevelsAndRolesThatCannotReviewAreRefusedNamingTheKey() {
        assertTrue(assertThrows(InvalidSettingException.class, () -> with("4", "editor")).getMessage().startsWith("inkstone.newsroom.review-levels:"));
        assertTrue(assertThrows(InvalidSettingException.class, () -> with("1", "reporter")).getMessage().startsWith("inkstone.newsroom.level-roles:"));
        assertTrue(assertThrows(InvalidSettingException.class, () -> with("3", "editor,admin")).getMessage().startsWith("inkstone.newsroom.level-roles:"));
        assertTrue(assertThrows(InvalidSettingException.class, () -> with("1", "boss")).getMessage().startsWith("inkstone.newsroom.level-roles:"));
    }
}
