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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The pull API's page query on the real database with the real migrations (V9): rows in seq order, bounded below
 * and above, filtered by channel, limited. Each test makes its own articles and change-log rows at seq numbers far
 * above any the counter hands out (a random block of 1,000 past 10^15), and deletes them afterwards.
 */
class ChangeLogMapperIT {

    private static SqlSessionFactory factory;
    private final List<Long> articles = new ArrayList<>();
    private long base;

    @BeforeAll
    static void migrate() {
        factory = ItDatabase.sessionFactory();
    }

    @BeforeEach
    void block() {
        base = 1_000_000_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000L) * 1_000;
    }

    @AfterEach
    void cleanUp() throws Exception {
        try (Connection c = ItDatabase.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM article WHERE id = ?")) {
            for (long id : articles) {
                s.setLong(1, id); // syndication_item goes with it (ON DELETE CASCADE)
                s.executeUpdate();
            }
        }
    }

    /** A published article in {@code channel} with its change-log row at {@code base + offset}; returns its id. */
    private long change(int offset, String channel, String pubstatus) throws Exception {
        Instant now = Instant.now();
        long id;
        try (Connection c = ItDatabase.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO article (channel_id, title, body, status, published_at,"
                     + " created_at, updated_at) VALUES (?, '变更日志测试', '<p>正文</p>', 'published', ?, ?, ?)",
                     Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, channel);
            for (int i = 2; i <= 4; i++) {
                s.setObject(i, java.sql.Timestamp.from(now));
            }
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        articles.add(id);
        try (SqlSession session = factory.openSession(true)) {
            assertEquals(1, session.getMapper(ChangeLogMapper.class).insertItem(id, base + offset, 1, pubstatus, channel, now));
        }
        return id;
    }

    private List<ChangeRow> page(long after, long upTo, Set<String> channels, int limit) {
        try (SqlSession session = factory.openSession(true)) {
            return session.getMapper(ChangeLogMapper.class).listChanges(after, upTo, channels, limit);
        }
    }

    private static List<Long> seqs(List<ChangeRow> rows) {
        return rows.stream().map(ChangeRow::getSeq).toList();
    }

    @Test
    void aPageIsInSeqOrderAfterTheCursorAndUpToTheBound() throws Exception {
        change(5, "tech", "usable");
        change(1, "sports", "usable");
        change(3, "tech", "canceled");
        change(9, "tech", "usable");
        assertEquals(List.of(base + 1, base + 3, base + 5), seqs(page(base, base + 8, null, 10)));
        assertEquals(List.of(base + 3, base + 5, base + 9), seqs(page(base + 1, base + 9, null, 10)));
        assertEquals(List.of(), seqs(page(base + 9, base + 20, null, 10)));
    }

    @Test
    void aPageHoldsAtMostTheLimitAndTheNextStartsAfterItsLastRow() throws Exception {
        for (int i = 1; i <= 5; i++) {
            change(i, "tech", "usable");
        }
        List<ChangeRow> first = page(base, base + 5, null, 2);
        assertEquals(List.of(base + 1, base + 2), seqs(first));
        assertEquals(List.of(base + 3, base + 4), seqs(page(first.get(1).getSeq(), base + 5, null, 2)));
        assertEquals(List.of(base + 5), seqs(page(base + 4, base + 5, null, 2)));
    }

    @Test
    void onlyTheListedChannelsAreInThePage() throws Exception {
        change(1, "tech", "usable");
        change(2, "sports", "usable");
        change(3, "charity", "usable");
        change(4, "sports", "canceled");
        assertEquals(List.of(base + 2, base + 4), seqs(page(base, base + 10, Set.of("sports"), 10)));
        assertEquals(List.of(base + 1, base + 2, base + 4), seqs(page(base, base + 10, Set.of("sports", "tech"), 10)));
    }

    @Test
    void aRowCarriesItsArticleVersionStatusAndChannel() throws Exception {
        long id = change(7, "charity", "canceled");
        ChangeRow r = page(base + 6, base + 7, null, 1).get(0);
        assertEquals(id, r.getArticleId());
        assertEquals(1, r.getVersion());
        assertEquals("canceled", r.getPubstatus());
        assertEquals("charity", r.getChannelId());
    }
}
