package org.inkstone.syndication;

import org.inkstone.common.InvalidParameterException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Partner rules that need no database: subscriptions, names, credentials, the grace period. */
class PartnerRulesTest {

    @Test
    void noChannelsMeansEveryChannel() {
        assertTrue(PartnerService.subscribes(List.of(), "sports", null));
        assertTrue(PartnerService.subscribes(List.of(), "football", "sports"));
    }

    @Test
    void aParentChannelIncludesItsSecondLevelChannels() {
        assertTrue(PartnerService.subscribes(List.of("sports"), "sports", null));
        assertTrue(PartnerService.subscribes(List.of("sports"), "football", "sports"));
        assertFalse(PartnerService.subscribes(List.of("sports"), "charity", null));
        assertFalse(PartnerService.subscribes(List.of("football"), "sports", null));
        assertFalse(PartnerService.subscribes(List.of("football"), "basketball", "sports"));
        assertTrue(PartnerService.subscribes(List.of("charity", "football"), "football", "sports"));
    }

    @Test
    void namesAreStrippedAndOneToAHundredCharacters() {
        assertEquals("省融媒体中心", PartnerService.checkName("  省融媒体中心 "));
        assertEquals("界".repeat(100), PartnerService.checkName("界".repeat(100)));
        assertEquals("😀".repeat(100), PartnerService.checkName("😀".repeat(100)));
        for (String bad : new String[] {null, "", "   ", "界".repeat(101), "a\u0000b", "a\nb"}) {
            InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> PartnerService.checkName(bad));
            assertTrue(e.fields().containsKey("name"));
        }
    }

    @Test
    void credentialsAre256RandomBitsInUrlSafeBase64() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String t = PartnerService.randomToken();
            assertEquals(43, t.length());
            assertTrue(t.matches("[A-Za-z0-9_-]{43}"), t);
            assertTrue(seen.add(t));
        }
    }

    @Test
    void theKeyIsStoredAsItsSha256() {
        // printf '%s' "ipk_abc" | sha256sum
        assertEquals("7d210b3c54089cd0796d7f4cad971dc956fb1bbb9010cc0157f2ded5e9b8165b", PartnerService.hash("ipk_abc"));
    }

    @Test
    void thePreviousSecretSignsOnlyUntilTheGracePeriodEnds() {
        Partner p = new Partner();
        p.setSecret("iss_new");
        assertNull(p.previousSecretAt(Instant.parse("2026-11-30T12:00:00Z")));
        p.setPreviousSecret("iss_old");
        p.setPreviousSecretUntil(Instant.parse("2026-12-01T12:00:00Z"));
        assertEquals("iss_old", p.previousSecretAt(Instant.parse("2026-12-01T11:59:59Z")));
        assertNull(p.previousSecretAt(Instant.parse("2026-12-01T12:00:00Z")));
    }
}
