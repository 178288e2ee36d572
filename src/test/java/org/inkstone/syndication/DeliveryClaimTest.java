package org.inkstone.syndication;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The claim's per-partner rule: one delivery per partner in flight on a node, so a hanging partner holds one sender. */
class DeliveryClaimTest {

    private static Delivery due(long id, long partner) {
        Delivery d = new Delivery();
        d.setId(id);
        d.setPartnerId(partner);
        return d;
    }

    private static List<Long> ids(List<Delivery> ds) {
        return ds.stream().map(Delivery::getId).toList();
    }

    @Test
    void takesTheFirstDueDeliveryOfEachPartnerInOrder() {
        List<Delivery> due = List.of(due(1, 7), due(2, 7), due(3, 8), due(4, 9), due(5, 8));
        assertEquals(List.of(1L, 3L, 4L), ids(DeliveryService.onePerPartner(due, Set.of())));
    }

    @Test
    void skipsPartnersThisNodeIsSendingTo() {
        List<Delivery> due = List.of(due(1, 7), due(2, 7), due(3, 8), due(4, 9));
        assertEquals(List.of(4L), ids(DeliveryService.onePerPartner(due, Set.of(7L, 8L))));
        assertEquals(List.of(), ids(DeliveryService.onePerPartner(List.of(due(1, 7)), Set.of(7L))));
    }
}
