package org.inkstone.comment;

import com.mysql.cj.jdbc.MysqlDataSource;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.inkstone.common.ItDatabase;
import org.inkstone.common.RateWindowMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The SQL that the comment guarantees rest on, against the real MariaDB/MySQL of the integration tests (both
 * MariaDB 11.4 and, in CI, 10.11): the duplicate-window claim and the rate-limit window upsert, whose
 * {@code ON DUPLICATE KEY UPDATE} relies on assignments being evaluated left to right. Rows made here use
 * article id 0 and bucket prefix {@code mapper-it:} and are deleted after each test.
 */
class CommentMapperIT {

    private static MysqlDataSource ds;
    private static SqlSessionFactory factory;

    @BeforeAll
    static void migrate() {
        ds = ItDatabase.dataSource();
        factory = ItDatabase.sessionFactory();
    }

    @AfterEach
    void cleanUp() throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM comment_dedupe WHERE article_id = 0");
            s.executeUpdate("DELETE FROM rate_window WHERE bucket LIKE 'mapper-it:%'");
        }
    }

    private static String claim(String token, Instant now) {
        try (SqlSession session = factory.openSession(false)) {
            CommentMapper m = session.getMapper(CommentMapper.class);
            m.claimDedupe(0, "a:1", "h".repeat(64), token, now.plus(Duration.ofMinutes(10)), now);
            String holder = m.findDedupeToken(0, "a:1", "h".repeat(64));
            session.commit();
            return holder;
        }
    }

    @Test
    void theFirstPostHoldsTheDuplicateWindowUntilItExpires() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        assertEquals("first-post-token-00001", claim("first-post-token-00001", now));
        assertEquals("first-post-token-00001", claim("second-post-token-0002", now.plus(Duration.ofMinutes(9))));
        assertEquals("third-post-token-00003", claim("third-post-token-00003", now.plus(Duration.ofMinutes(10))));
    }

    @Test
    void ofEightConcurrentClaimsExactlyOneWins() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        CountDownLatch start = new CountDownLatch(1);
        List<String> tokens = List.of("t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7").stream()
                .map(t -> (t + "-".repeat(22)).substring(0, 22)).toList();
        List<Thread> threads = new java.util.ArrayList<>();
        List<String> winners = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        for (String t : tokens) {
            Thread th = new Thread(() -> {
                try {
                    start.await();
                    if (t.equals(claim(t, now))) {
                        winners.add(t);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            th.start();
            threads.add(th);
        }
        start.countDown();
        for (Thread th : threads) {
            th.join();
        }
        assertEquals(1, winners.size(), winners.toString());
    }

    @Test
    void aRateWindowCountsHitsAndResetsInTheNextWindow() {
        try (SqlSession session = factory.openSession(true)) {
            RateWindowMapper m = session.getMapper(RateWindowMapper.class);
            m.upsert("mapper-it:x", 600);
            m.upsert("mapper-it:x", 600);
            m.upsert("mapper-it:x", 600);
            assertEquals(3, m.findHits("mapper-it:x", 600));
            m.upsert("mapper-it:x", 660);
            assertEquals(1, m.findHits("mapper-it:x", 660));
            assertEquals(null, m.findHits("mapper-it:x", 600));
        }
    }
}
