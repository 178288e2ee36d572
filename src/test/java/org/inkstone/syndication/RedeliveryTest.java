package org.inkstone.syndication;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which deliveries can be redelivered (the log's {@code redeliverable}, the rule of redeliver) and the 409 messages. */
class RedeliveryTest {

    @Test
    void onlyAFinishedDeliveryWithoutANewerOneCanBeRedelivered() {
        assertTrue(DeliveryService.redeliverable("delivered", false));
        assertTrue(DeliveryService.redeliverable("failed", false));
        assertFalse(DeliveryService.redeliverable("delivered", true), "outdated: a newer delivery of the article exists");
        assertFalse(DeliveryService.redeliverable("failed", true));
        for (String s : new String[] {"queued", "sending", "superseded"}) {
            assertFalse(DeliveryService.redeliverable(s, false), s);
        }
    }

    @Test
    void theRefusalsNameTheDeliveryByItsNumberNotAsAVersion() {
        RedeliveryRefusedException outdated = RedeliveryRefusedException.outdated(7);
        assertEquals(409, outdated.status());
        assertEquals("delivery_outdated", outdated.code());
        assertEquals("投递 #7 之后该稿件已有更新的投递，请重新投递最新的一条", outdated.getMessage());
        RedeliveryRefusedException busy = RedeliveryRefusedException.notFinished(8, "queued");
        assertEquals("delivery_not_finished", busy.code());
        assertEquals("投递 #8 的状态为 queued，只能重新投递已送达或已失败的投递", busy.getMessage());
    }
}
