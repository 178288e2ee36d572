package org.inkstone.article;

import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.inkstone.common.ItDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Regression for "every request counts as a view": the claim that makes one view per visitor, article and
 * window, on the real database with the real migrations (V5). Claims use article ids far above any real one
 * (there is no foreign key: a claim is made only for an article just read) and are deleted after each test.
 */
class ViewClaimMapperIT {

    private static SqlSessionFactory factory;
    /** Article ids of this test instance: never those of real articles, nor of another run's leftovers. */
    private final long article = 9_000_000_000_000L + (System.nanoTime() & 0xFFFFFFFFL) * 16;

    private static final String VISITOR_A = "a".repeat(64);
    private static final String VISITOR_B = "b".repeat(64);

    @BeforeAll
    static void migrate() {
        factory = ItDatabase.sessionFactory();
    }

    @AfterEach
    void cleanUp() throws Exception {
        try (Connection c = ItDatabase.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM article_view_claim WHERE article_id BETWEEN ? AND ?")) {
            s.setLong(1, article);
            s.setLong(2, article + 15);
            s.executeUpdate();
        }
    }

    private int claim(long articleId, String visitor, long windowStart) {
        try (SqlSession session = factory.openSession(true)) {
            return session.getMapper(ViewClaimMapper.class).claim(articleId, visitor, windowStart);
        }
    }

    private long rows() throws Exception {
        try (Connection c = ItDatabase.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM article_view_claim WHERE article_id BETWEEN ? AND ?")) {
            s.setLong(1, article);
            s.setLong(2, article + 15);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @Test
    void theSecondClaimInTheWindowLosesAndOthersAreIndependent() throws Exception {
        long window = 1_800_000_000L;
        assertEquals(1, claim(article, VISITOR_A, window));
        assertEquals(0, claim(article, VISITOR_A, window), "the same visitor, article and window");
        assertEquals(0, claim(article, VISITOR_A, window));
        assertEquals(1, claim(article, VISITOR_B, window), "another visitor");
        assertEquals(1, claim(article + 1, VISITOR_A, window), "another article");
        assertEquals(1, claim(article, VISITOR_A, window + 1800), "the next window");
        assertEquals(4, rows());
    }

    @Test
    void ofEightConcurrentClaimsExactlyOneWins() throws Exception {
        long window = 1_800_001_800L;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 5; round++) {
                long id = article + 2 + round;
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> results = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return claim(id, VISITOR_A, window);
                    }));
                }
                start.countDown();
                List<Integer> outcomes = new ArrayList<>();
                for (Future<Integer> f : results) {
                    outcomes.add(f.get());
                }
                Collections.sort(outcomes);
                assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 1), outcomes, "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(5, rows());
    }

    @Test
    void thePurgeDeletesPastWindowsOnly() throws Exception {
        // Windows of 1970: deleteBefore removes every older row of the shared database, and no real claim is that old.
        long current = 7_200L;
        claim(article + 10, VISITOR_A, current - 3600);
        claim(article + 10, VISITOR_B, current - 1800);
        claim(article + 10, VISITOR_A, current);
        try (SqlSession session = factory.openSession(true)) {
            ViewClaimMapper mapper = session.getMapper(ViewClaimMapper.class);
            assertEquals(1, mapper.deleteBefore(current, 1), "batches: LIMIT holds");
            assertEquals(1, mapper.deleteBefore(current, 10));
            assertEquals(0, mapper.deleteBefore(current, 10));
        }
        assertEquals(1, rows());
        assertEquals(0, claim(article + 10, VISITOR_A, current), "the current window's claim is kept");
        assertEquals(1, claim(article + 10, VISITOR_B, current - 1800), "a purged claim can be taken again");
    }
}
