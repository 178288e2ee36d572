package org.inkstone.media;

import org.inkstone.common.InkstoneConfig;
import org.inkstone.common.InvalidSettingException;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The media keys: shipped defaults, overrides, refusals naming the key; the alt text rule. */
class MediaSettingsTest {

    private static InkstoneConfig config(Map<String, String> env) {
        return new InkstoneConfig(env, new Properties());
    }

    @Test
    void shippedDefaults() {
        assertEquals(new MediaSettings(10_485_760, 40_000_000L, 1200, 400), MediaSettings.from(config(Map.of())));
    }

    @Test
    void environmentOverrides() {
        MediaSettings s = MediaSettings.from(config(Map.of("INKSTONE_MEDIA_MAX_BYTES", "2048", "INKSTONE_MEDIA_MAX_PIXELS", "1000000",
                "INKSTONE_MEDIA_LARGE_WIDTH", "800", "INKSTONE_MEDIA_SMALL_WIDTH", "320")));
        assertEquals(new MediaSettings(2048, 1_000_000L, 800, 320), s);
    }

    @Test
    void valuesOutOfRangeNameTheirKey() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> MediaSettings.from(config(Map.of("INKSTONE_MEDIA_MAX_BYTES", "10MB"))));
        assertTrue(e.getMessage().contains("inkstone.media.max-bytes"), e.getMessage());
        e = assertThrows(InvalidSettingException.class,
                () -> MediaSettings.from(config(Map.of("INKSTONE_MEDIA_SMALL_WIDTH", "1200"))));
        assertTrue(e.getMessage().contains("inkstone.media.small-width"), e.getMessage());
    }

    @Test
    void altTextIsRequiredTrimmedAndAtMost200Characters() {
        assertEquals("天安门广场", MediaService.checkAlt("  天安门广场\n"));
        assertEquals("𠀀".repeat(200), MediaService.checkAlt("𠀀".repeat(200)), "characters are code points, not UTF-16 units");
        for (String bad : new String[] {null, "", "   ", "字".repeat(201), "a\u0000b", "第一行\n第二行"}) {
            org.inkstone.common.InvalidParameterException ex = assertThrows(org.inkstone.common.InvalidParameterException.class,
                    () -> MediaService.checkAlt(bad));
            assertEquals(Map.of("alt", ex.fields().get("alt")), ex.fields(), "names alt");
        }
    }
}
