package org.inkstone.channel;

import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.inkstone.common.ItDatabase;
import org.inkstone.common.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The channel tree columns of migration V8 and the admin statements on the real database. Channels made here
 * have ids starting {@code mit-} (and articles the external id {@code channel-mit-}); they are deleted after
 * each test.
 */
class ChannelMapperIT {

    private static SqlSessionFactory factory;
    private SqlSession session;
    private ChannelMapper mapper;
    private final String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    @BeforeAll
    static void migrate() {
        factory = ItDatabase.sessionFactory();
    }

    @BeforeEach
    void open() {
        session = factory.openSession(true);
        mapper = session.getMapper(ChannelMapper.class);
    }

    @AfterEach
    void cleanUp() throws Exception {
        session.close();
        try (Connection c = ItDatabase.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM article WHERE external_id LIKE 'channel-mit-%'");
            s.executeUpdate("DELETE FROM channel_alias WHERE channel_id LIKE 'mit-%'");
            s.executeUpdate("DELETE FROM channel WHERE id LIKE 'mit-%' AND parent_id IS NOT NULL");
            s.executeUpdate("DELETE FROM channel WHERE id LIKE 'mit-%'");
        }
    }

    private Channel channel(String suffix, String parent) {
        Channel c = new Channel();
        c.setId("mit-" + run + suffix);
        c.setName("测试栏目" + run + suffix);
        c.setParentId(parent);
        c.setPosition(mapper.nextPosition(parent));
        mapper.insert(c);
        return c;
    }

    private Channel stored(String id) {
        return mapper.listAll().stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aChildIsStoredUnderItsParentAtTheEndOfItsLevel() {
        Channel top = channel("a", null);
        Channel first = channel("b", top.getId());
        Channel second = channel("c", top.getId());
        assertEquals(1, first.getPosition());
        assertEquals(2, second.getPosition());
        assertEquals(top.getId(), stored(second.getId()).getParentId());
        assertFalse(stored(second.getId()).isHidden());
        assertEquals(null, stored(top.getId()).getParentId());
        assertTrue(top.getPosition() >= 18, "after the 17 seed channels: " + top.getPosition());
    }

    @Test
    void renameHideAndPositionChangeOneRow() {
        Channel c = channel("a", null);
        assertEquals(1, mapper.updateName(c.getId(), "新名" + run));
        assertEquals(1, mapper.updateHidden(c.getId(), true));
        assertEquals(1, mapper.updatePosition(c.getId(), 99));
        Channel s = stored(c.getId());
        assertEquals("新名" + run, s.getName());
        assertTrue(s.isHidden());
        assertEquals(99, s.getPosition());
        assertEquals(0, mapper.updateName("mit-none", "x"));
    }

    @Test
    void aTakenNameIsADuplicateKey() {
        Channel a = channel("a", null);
        Channel b = channel("b", null);
        RuntimeException e = assertThrows(RuntimeException.class, () -> mapper.updateName(b.getId(), a.getName()));
        assertTrue(Sql.isDuplicateKey(e), e.toString());
        Channel again = new Channel();
        again.setId(a.getId());
        again.setName("别的名字" + run);
        assertTrue(Sql.isDuplicateKey(assertThrows(RuntimeException.class, () -> mapper.insert(again))));
    }

    @Test
    void aChannelWithArticlesOrChildrenCannotBeDeleted() throws Exception {
        Channel parent = channel("a", null);
        Channel child = channel("b", parent.getId());
        assertEquals(1, mapper.countChildren(parent.getId()));
        assertTrue(Sql.isReferenced(assertThrows(RuntimeException.class, () -> mapper.delete(parent.getId()))));
        try (Connection c = ItDatabase.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO article (external_id, channel_id, title, body, status, created_at, updated_at) "
                        + "VALUES (?, ?, '标题', '正文', 'draft', NOW(3), NOW(3))")) {
            s.setString(1, "channel-mit-" + run);
            s.setString(2, child.getId());
            s.executeUpdate();
        }
        assertTrue(Sql.isReferenced(assertThrows(RuntimeException.class, () -> mapper.delete(child.getId()))), "a draft counts");
        assertEquals(List.of(parent.getId(), child.getId()),
                mapper.listAll().stream().map(Channel::getId).filter(id -> id.startsWith("mit-" + run)).sorted().toList());
    }

    @Test
    void anEmptyChannelIsDeletedWithItsAliases() throws Exception {
        Channel c = channel("a", null);
        try (Connection k = ItDatabase.dataSource().getConnection(); PreparedStatement s = k.prepareStatement(
                "INSERT INTO channel_alias (alias, channel_id) VALUES (?, ?)")) {
            s.setString(1, "mit-alias-" + run);
            s.setString(2, c.getId());
            s.executeUpdate();
        }
        assertEquals(1, mapper.deleteAliases(c.getId()));
        assertEquals(1, mapper.delete(c.getId()));
        assertEquals(0, mapper.delete(c.getId()));
        assertTrue(mapper.listAll().stream().noneMatch(x -> x.getId().equals(c.getId())));
    }
}
