package org.inkstone.article;

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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Editor picks as staff list and change them, on the real database. Uses the channel {@code mit-picks-<run>}
 * made here and articles with the external id prefix {@code pick-mit-}; everything is deleted after each test.
 */
class PickMapperIT {

    private static SqlSessionFactory factory;
    private SqlSession session;
    private PickMapper picks;
    private ArticleMapper articles;
    private final String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private final String channel = "mit-picks-" + run;

    @BeforeAll
    static void migrate() {
        factory = ItDatabase.sessionFactory();
    }

    @BeforeEach
    void open() throws Exception {
        session = factory.openSession(true);
        picks = session.getMapper(PickMapper.class);
        articles = session.getMapper(ArticleMapper.class);
        try (Connection c = ItDatabase.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO channel (id, name, position) VALUES (?, ?, 1000)")) {
            s.setString(1, channel);
            s.setString(2, "推荐测试" + run);
            s.executeUpdate();
        }
    }

    @AfterEach
    void cleanUp() throws Exception {
        session.close();
        try (Connection c = ItDatabase.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM editor_pick WHERE channel_id = '" + channel + "'");
            s.executeUpdate("DELETE FROM article WHERE external_id LIKE 'pick-mit-" + run + "%'");
            s.executeUpdate("DELETE FROM channel WHERE id = '" + channel + "'");
        }
    }

    private long article(String ext, String status) {
        Article a = new Article();
        a.setExternalId("pick-mit-" + run + ext);
        a.setChannelId("tech");
        a.setTitle("推荐 " + ext);
        a.setBody("正文");
        a.setStatus(status);
        a.setPublishedAt(Instant.now());
        a.setCreatedAt(Instant.now());
        a.setUpdatedAt(Instant.now());
        articles.insert(a);
        return a.getId();
    }

    @Test
    void theRowInsertSetsTheGeneratedId() throws Exception {
        long article = article("row-id", "published");
        EditorPick p = new EditorPick();
        p.setChannelId(channel);
        p.setArticleId(article);
        p.setPosition(4);
        assertEquals(1, articles.insertEditorPickRow(p));
        try (Connection c = ItDatabase.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT id FROM editor_pick WHERE channel_id = ? AND article_id = ?")) {
            s.setString(1, channel);
            s.setLong(2, article);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertEquals(r.getLong(1), p.getId());
            }
        }
    }

    private long pick(long articleId, int position, Instant expiresAt) throws Exception {
        articles.insertEditorPick(channel, articleId, position, expiresAt);
        try (Connection c = ItDatabase.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT MAX(id) FROM editor_pick WHERE channel_id = ? AND article_id = ?")) {
            s.setString(1, channel);
            s.setLong(2, articleId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private List<Long> live() {
        return picks.listLive(channel, Instant.now()).stream().map(EditorPick::getId).toList();
    }

    @Test
    void onlyUnexpiredPicksOfPublishedArticlesAreListedInOrder() throws Exception {
        Instant now = Instant.now();
        long second = pick(article("a", "published"), 2, null);
        long first = pick(article("b", "published"), 1, now.plus(1, ChronoUnit.DAYS));
        pick(article("c", "published"), 0, now.minusSeconds(1));
        pick(article("d", "withdrawn"), 0, null);
        assertEquals(List.of(first, second), live());
        EditorPick p = picks.listLive(channel, now).get(0);
        assertEquals("推荐 b", p.getTitle());
        assertEquals(channel, p.getChannelId());
        assertEquals(1, p.getPosition());
    }

    @Test
    void updateMovesAndSetsTheExpiryAndDeleteRemoves() throws Exception {
        long a = pick(article("a", "published"), 1, null);
        long b = pick(article("b", "published"), 2, null);
        // whole seconds: Connector/J sees MariaDB 10.x as "MySQL 5.5.5-10.x" and drops fractional seconds
        Instant expiry = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        assertEquals(1, picks.update(a, 5, expiry));
        assertEquals(List.of(b, a), live());
        assertEquals(expiry, picks.findById(a).getExpiresAt());
        assertEquals(1, picks.updatePosition(a, 0));
        assertEquals(List.of(a, b), live());
        assertEquals(1, picks.delete(a));
        assertEquals(0, picks.delete(a));
        assertEquals(List.of(b), live());
    }
}
