package org.inkstone.syndication;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubscriberTest {

    @Test
    void aPartnerWithoutChannelsTakesEveryChannel() {
        Subscriber s = new Subscriber(1, Format.NINJS, 0, Set.of());
        assertTrue(s.takes("tech"));
        assertTrue(s.takes("anything"));
    }

    @Test
    void aPartnerWithChannelsTakesOnlyThose() {
        Subscriber s = new Subscriber(1, Format.NEWSML_G2, 0, Set.of("sports", "football"));
        assertTrue(s.takes("sports"));
        assertTrue(s.takes("football"));
        assertFalse(s.takes("tech"));
    }
}
