package org.inkstone.syndication;

import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.inkstone.common.ItDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The push outbox on the real database (V9): the claim (two claimers never get the same delivery; an expired
 * lease is claimed again, and the old holder can no longer record), version order per item, paused partners,
 * supersede. Each test makes its own partner and articles and deletes them afterwards. Times are whole seconds
 * (Connector/J reads MariaDB 10.x times without fractions).
 */
class DeliveryMapperIT {

    private static SqlSessionFactory factory;
    private final String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private final List<Long> articleIds = new ArrayList<>();
    private final Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private SqlSession session;
    private DeliveryMapper deliveries;
    private PartnerMapper partners;
    private long partnerId;

    @BeforeAll
    static void migrate() {
        factory = ItDatabase.sessionFactory();
    }

    @BeforeEach
    void open() {
        session = factory.openSession(true);
        deliveries = session.getMapper(DeliveryMapper.class);
        partners = session.getMapper(PartnerMapper.class);
        partnerId = partner("mit-" + run);
    }

    @AfterEach
    void cleanUp() throws Exception {
        session.close();
        try (Connection c = ItDatabase.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM partner WHERE name LIKE 'mit-" + run + "%'"); // deliveries cascade
            s.executeUpdate("DELETE FROM article WHERE external_id LIKE 'delivery-mit-" + run + "-%'");
        }
    }

    private long partner(String name) {
        Partner p = new Partner();
        p.setName(name);
        p.setEndpoint("http://127.0.0.1:9/");
        p.setFormat("ninjs");
        p.setKeyHash(PartnerService.hash("ipk_" + UUID.randomUUID()));
        p.setSecret("iss_" + run);
        p.setCreatedAt(t0);
        p.setUpdatedAt(t0);
        partners.insert(p);
        return p.getId();
    }

    private long article() throws Exception {
        try (Connection c = ItDatabase.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO article (external_id, channel_id, title, body, status, created_at, updated_at) "
                        + "VALUES (?, 'tech', '推送测试', '正文', 'published', NOW(3), NOW(3))", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, "delivery-mit-" + run + "-" + articleIds.size());
            s.executeUpdate();
            try (ResultSet k = s.getGeneratedKeys()) {
                k.next();
                articleIds.add(k.getLong(1));
                return k.getLong(1);
            }
        }
    }

    private Delivery delivery(long partner, long article, int version, Instant due) {
        Delivery d = new Delivery();
        d.setUid(UUID.randomUUID().toString());
        d.setPartnerId(partner);
        d.setArticleId(article);
        d.setVersion(version);
        d.setPubstatus("usable");
        d.setDocument("{\"version\":\"" + version + "\"}");
        d.setStatus("queued");
        d.setNextAttemptAt(due);
        d.setRetryUntil(due.plus(1, ChronoUnit.DAYS));
        d.setCreatedAt(due);
        deliveries.insert(d);
        return d;
    }

    /** What DeliveryService.claim does, limited to this test's rows. */
    private List<Long> claim(DeliveryMapper m, String owner, Instant now, Set<Long> mine, int limit) {
        List<Long> got = new ArrayList<>();
        for (long id : m.listClaimable(now, 10_000).stream().map(Delivery::getId).toList()) {
            if (got.size() == limit) {
                break;
            }
            if (mine.contains(id) && m.claim(id, owner, now.plusSeconds(15), now) == 1) {
                got.add(id);
            }
        }
        return got;
    }

    @Test
    void twoClaimersNeverGetTheSameDelivery() throws Exception {
        Set<Long> mine = new HashSet<>();
        for (int i = 0; i < 40; i++) { // 40 partners: one partner has at most one delivery in flight
            mine.add(delivery(partner("mit-" + run + "-" + i), article(), 1, t0).getId());
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<List<Long>>> results = new ArrayList<>();
        for (String owner : List.of("node-a", "node-b")) {
            Callable<List<Long>> claimer = () -> {
                List<Long> got = new ArrayList<>();
                start.await();
                try (SqlSession s = factory.openSession(true)) {
                    DeliveryMapper m = s.getMapper(DeliveryMapper.class);
                    while (true) {
                        List<Long> batch = claim(m, owner, t0, mine, 2);
                        if (batch.isEmpty()) {
                            return got;
                        }
                        got.addAll(batch);
                    }
                }
            };
            results.add(pool.submit(claimer));
        }
        start.countDown();
        List<Long> a = results.get(0).get();
        List<Long> b = results.get(1).get();
        pool.shutdown();
        Set<Long> both = new HashSet<>(a);
        both.retainAll(b);
        assertEquals(Set.of(), both, "claimed twice");
        Set<Long> all = new HashSet<>(a);
        all.addAll(b);
        assertEquals(mine, all);
        assertEquals(40, a.size() + b.size());
        for (long id : a) {
            Delivery d = deliveries.findById(id);
            assertEquals("sending", d.getStatus());
            assertEquals("node-a", d.getLeaseOwner());
            assertEquals(t0.plusSeconds(15), d.getLeaseUntil());
        }
    }

    @Test
    void anExpiredLeaseIsClaimedAgainAndTheOldHolderCanNoLongerRecord() throws Exception {
        long id = delivery(partnerId, article(), 1, t0).getId();
        Set<Long> mine = Set.of(id);
        assertEquals(List.of(id), claim(deliveries, "node-a", t0, mine, 5));
        assertEquals(List.of(), claim(deliveries, "node-b", t0.plusSeconds(14), mine, 5), "lease still running");
        assertEquals(List.of(), claim(deliveries, "node-b", t0.plusSeconds(15), mine, 5), "lease ends after lease_until");
        assertEquals(List.of(id), claim(deliveries, "node-b", t0.plusSeconds(16), mine, 5));
        assertEquals(0, deliveries.finish(id, "node-a", "delivered", 200, null, t0.plusSeconds(17)), "node-a lost the lease");
        assertEquals("sending", deliveries.findById(id).getStatus());
        assertEquals(1, deliveries.requeue(id, "node-b", 500, "HTTP 500", t0.plusSeconds(17), t0.plusSeconds(20)));
        Delivery d = deliveries.findById(id);
        assertEquals("queued", d.getStatus());
        assertEquals(1, d.getAttempts());
        assertEquals(500, d.getLastCode());
        assertEquals("HTTP 500", d.getLastError());
        assertEquals(null, d.getLeaseOwner());
        assertEquals(t0.plusSeconds(20), d.getNextAttemptAt());
        assertEquals(List.of(), claim(deliveries, "node-a", t0.plusSeconds(19), mine, 5), "not due yet");
        assertEquals(List.of(id), claim(deliveries, "node-a", t0.plusSeconds(20), mine, 5));
        assertEquals(1, deliveries.finish(id, "node-a", "delivered", 204, null, t0.plusSeconds(21)));
        d = deliveries.findById(id);
        assertEquals("delivered", d.getStatus());
        assertEquals(2, d.getAttempts());
        assertEquals(t0.plusSeconds(21), d.getFinishedAt());
        assertEquals(List.of(), claim(deliveries, "node-b", t0.plusSeconds(60), mine, 5), "a final delivery is never claimed");
    }

    @Test
    void aNewerVersionWaitsUntilTheOlderOneIsFinal() throws Exception {
        long article = article();
        long v1 = delivery(partnerId, article, 1, t0).getId();
        long v2 = delivery(partnerId, article, 2, t0).getId();
        Set<Long> mine = Set.of(v1, v2);
        assertEquals(List.of(v1), claim(deliveries, "node-a", t0, mine, 5), "only the oldest of one item");
        assertEquals(List.of(), claim(deliveries, "node-b", t0, mine, 5), "never two of one item at once");
        assertEquals(1, deliveries.countNewerQueued(partnerId, article, v1));
        assertEquals(0, deliveries.countNewerQueued(partnerId, article, v2));
        assertEquals(1, deliveries.finish(v1, "node-a", "superseded", 500, "HTTP 500", t0));
        assertEquals(List.of(v2), claim(deliveries, "node-b", t0, mine, 5));
    }

    @Test
    void writingANewerVersionSupersedesTheQueuedOlderOnesOfThatPartnerOnly() throws Exception {
        long other = partner("mit-" + run + "-other");
        long article = article();
        long v1 = delivery(partnerId, article, 1, t0).getId();
        long otherV1 = delivery(other, article, 1, t0).getId();
        long v2 = delivery(partnerId, article, 2, t0).getId();
        assertEquals(1, deliveries.supersedeQueued(partnerId, article, v2, t0));
        assertEquals("superseded", deliveries.findById(v1).getStatus());
        assertEquals(t0, deliveries.findById(v1).getFinishedAt());
        assertEquals("queued", deliveries.findById(otherV1).getStatus());
        assertEquals("queued", deliveries.findById(v2).getStatus());
    }

    @Test
    void aPausedPartnersDeliveriesWaitUntilItIsResumed() throws Exception {
        long id = delivery(partnerId, article(), 1, t0).getId();
        partners.markFailing(partnerId, t0.minus(2, ChronoUnit.DAYS));
        assertEquals(1, partners.pauseIfFailingSince(partnerId, t0.minus(1, ChronoUnit.DAYS), t0));
        Partner p = partners.findById(partnerId);
        assertTrue(p.isPaused());
        assertEquals("failing", p.getPausedReason());
        assertEquals(List.of(), claim(deliveries, "node-a", t0, Set.of(id), 5));
        partners.updatePaused(partnerId, false, null, t0);
        p = partners.findById(partnerId);
        assertFalse(p.isPaused());
        assertEquals(null, p.getFailingSince(), "resume clears the flag");
        assertEquals(List.of(id), claim(deliveries, "node-a", t0, Set.of(id), 5));
    }

    @Test
    void aPartnerFailingForLessThanTheLimitIsNotPaused() {
        partners.markFailing(partnerId, t0.minus(1, ChronoUnit.HOURS));
        partners.markFailing(partnerId, t0); // the first failure counts
        assertEquals(t0.minus(1, ChronoUnit.HOURS), partners.findById(partnerId).getFailingSince());
        assertEquals(0, partners.pauseIfFailingSince(partnerId, t0.minus(1, ChronoUnit.DAYS), t0));
        assertFalse(partners.findById(partnerId).isPaused());
        partners.clearFailing(partnerId);
        assertEquals(null, partners.findById(partnerId).getFailingSince());
    }

    @Test
    void theLogIsNewestFirstAndKeysetPaged() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(delivery(partnerId, article(), 1, t0).getId());
        }
        Collections.reverse(ids);
        List<Delivery> first = deliveries.listLog(partnerId, null, null, 3);
        assertEquals(ids.subList(0, 3), first.stream().map(Delivery::getId).toList());
        assertEquals(null, first.get(0).getDocument(), "the log leaves documents out");
        List<Delivery> rest = deliveries.listLog(partnerId, "queued", first.get(2).getId(), 3);
        assertEquals(ids.subList(3, 5), rest.stream().map(Delivery::getId).toList());
        assertEquals(List.of(), deliveries.listLog(partnerId, "failed", null, 3));
    }

    @Test
    void listWithNewerNamesTheDeliveriesThatHaveANewerOneOfTheSameArticleForThePartner() throws Exception {
        long article = article();
        long other = article();
        long otherPartner = partner("mit-" + run + "-b");
        long v1 = delivery(partnerId, article, 1, t0).getId();
        long v2 = delivery(partnerId, article, 2, t0).getId();
        long alone = delivery(partnerId, other, 1, t0).getId();
        long elsewhere = delivery(otherPartner, article, 3, t0).getId(); // newer, but of another partner
        assertEquals(List.of(v1), deliveries.listWithNewer(List.of(v1, v2, alone, elsewhere)));
        assertEquals(List.of(), deliveries.listWithNewer(List.of(v2)));
    }
}
