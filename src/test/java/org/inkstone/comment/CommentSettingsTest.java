package org.inkstone.comment;

import org.inkstone.common.InkstoneConfig;
import org.inkstone.common.InvalidSettingException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CommentSettingsTest {

    private static InvalidSettingException refused(String envName, String value) {
        return assertThrows(InvalidSettingException.class,
                () -> CommentSettings.from(new InkstoneConfig(Map.of(envName, value), new Properties())));
    }

    @Test
    void theShippedDefaults() {
        assertEquals(new CommentSettings(2000, 3, Duration.ofMinutes(10), 3, 5, Duration.ofMillis(1000), Duration.ofSeconds(10)),
                CommentSettings.from(new InkstoneConfig(Map.of(), new Properties())));
    }

    @Test
    void environmentVariablesOverrideDefaultsAndSystemPropertiesOverrideBoth() {
        Properties system = new Properties();
        system.setProperty("inkstone.comment.max-depth", "5");
        system.setProperty("inkstone.comment.list-cache-ms", "0");
        CommentSettings s = CommentSettings.from(new InkstoneConfig(Map.of(
                "INKSTONE_COMMENT_MAX_CHARS", " 500 ",
                "INKSTONE_COMMENT_MAX_DEPTH", "2",
                "INKSTONE_COMMENT_DUPLICATE_WINDOW_MINUTES", "60",
                "INKSTONE_COMMENT_FLAGS_THRESHOLD", "1",
                "INKSTONE_COMMENT_CAPTCHA_ACCOUNT_THRESHOLD", "0",
                "INKSTONE_COMMENT_PAGE_CACHE_MS", "2500"), system));
        assertEquals(new CommentSettings(500, 5, Duration.ofHours(1), 1, 0, Duration.ZERO, Duration.ofMillis(2500)), s);
    }

    @Test
    void badValuesAreRefusedNamingTheKeyTheRangeAndTheValue() {
        assertEquals("inkstone.comment.max-chars: expected a whole number from 1 to 100000, got 'abc'",
                refused("INKSTONE_COMMENT_MAX_CHARS", "abc").getMessage());
        assertEquals("inkstone.comment.max-chars: expected a whole number from 1 to 100000, got '0'",
                refused("INKSTONE_COMMENT_MAX_CHARS", "0").getMessage());
        assertEquals("inkstone.comment.max-depth: expected a whole number from 1 to 100, got ''",
                refused("INKSTONE_COMMENT_MAX_DEPTH", "").getMessage());
        assertEquals("inkstone.comment.duplicate-window-minutes: expected a whole number of minutes from 1 to 10080, got '1.5'",
                refused("INKSTONE_COMMENT_DUPLICATE_WINDOW_MINUTES", "1.5").getMessage());
        assertEquals("inkstone.comment.page-cache-ms: expected a whole number of milliseconds from 0 to 600000, got '-1'",
                refused("INKSTONE_COMMENT_PAGE_CACHE_MS", "-1").getMessage());
    }
}
