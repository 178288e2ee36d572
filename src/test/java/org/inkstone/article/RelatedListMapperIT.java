package org.inkstone.article;

import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.inkstone.common.ItDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Stored related lists on the real database with the real migrations: "never computed" against "computed and
 * empty", rank order, replacement, the reverse lookup, the cascades, and the two id walks. Uses articles with the
 * external id prefix {@code rel-mit-<run>}; deleted after each test (their lists go with them by the cascade).
 */
class RelatedListMapperIT {

    private static SqlSessionFactory factory;
    private SqlSession session;
    private RelatedListMapper lists;
    private ArticleMapper articles;
    private final String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    @BeforeAll
    static void migrate() {
        factory = ItDatabase.sessionFactory();
    }

    @BeforeEach
    void open() {
        session = factory.openSession(true);
        lists = session.getMapper(RelatedListMapper.class);
        articles = session.getMapper(ArticleMapper.class);
    }

    @AfterEach
    void cleanUp() throws Exception {
        session.close();
        try (Connection c = ItDatabase.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM article WHERE external_id LIKE 'rel-mit-" + run + "%'");
        }
    }

    private long article(String ext, String status, Instant publishedAt) {
        Article a = new Article();
        a.setExternalId("rel-mit-" + run + ext);
        a.setChannelId("tech");
        a.setTitle("相关 " + ext);
        a.setBody("正文");
        a.setStatus(status);
        a.setPublishedAt(publishedAt);
        a.setCreatedAt(Instant.now());
        a.setUpdatedAt(Instant.now());
        articles.insert(a);
        return a.getId();
    }

    private long published(String ext) {
        return article(ext, "published", Instant.now());
    }

    private void replace(long id, List<Long> ids) {
        try (SqlSession tx = factory.openSession(false)) {
            RelatedListMapper m = tx.getMapper(RelatedListMapper.class);
            m.upsertList(id, Instant.now());
            m.deleteEntries(id);
            if (!ids.isEmpty()) {
                m.insertEntries(id, ids);
            }
            tx.commit();
        }
        session.clearCache(); // the reading session's local cache would answer a repeated query from before the write
    }

    @Test
    void neverComputedComputedEmptyAndAListInRankOrderAreThreeAnswers() {
        long a = published("a");
        long b = published("b");
        long c = published("c");
        long d = published("d");
        assertEquals(List.of(), lists.findIds(a), "never computed");
        replace(a, List.of());
        assertEquals(List.of(0L), lists.findIds(a), "computed and empty");
        replace(b, List.of(d, a, c));
        assertEquals(List.of(d, a, c), lists.findIds(b), "rank order, not id order");
        replace(b, List.of(c, d));
        assertEquals(List.of(c, d), lists.findIds(b), "a replacement leaves no old entry behind");
        replace(b, List.of(c, d));
        assertEquals(List.of(c, d), lists.findIds(b), "idempotent");
    }

    @Test
    void theReverseLookupFindsEveryListThatHoldsAnArticle() {
        long x = published("x");
        long h1 = published("h1");
        long h2 = published("h2");
        long other = published("o");
        replace(h2, List.of(other, x));
        replace(h1, List.of(x));
        replace(other, List.of(h1));
        assertEquals(List.of(h1, h2), lists.listHolders(x));
        assertEquals(List.of(), lists.listHolders(h2));
        replace(h1, List.of(other));
        assertEquals(List.of(h2), lists.listHolders(x));
    }

    @Test
    void deletingAListRemovesItsEntriesAndItsRow() {
        long a = published("a");
        long b = published("b");
        replace(a, List.of(b));
        assertEquals(1, lists.deleteEntries(a));
        assertEquals(1, lists.deleteList(a));
        assertEquals(List.of(), lists.findIds(a));
        assertEquals(List.of(), lists.listHolders(b));
        assertEquals(0, lists.deleteList(a));
    }

    @Test
    void deletingAnArticleTakesItsListAndItsEntriesInOtherListsWithIt() throws Exception {
        long a = published("a");
        long b = published("gone");
        long c = published("c");
        replace(a, List.of(b, c));
        replace(b, List.of(a));
        try (Connection conn = ItDatabase.dataSource().getConnection(); Statement s = conn.createStatement()) {
            s.executeUpdate("DELETE FROM article WHERE id = " + b);
        }
        session.clearCache();
        assertEquals(List.of(c), lists.findIds(a));
        assertEquals(List.of(), lists.findIds(b));
        assertEquals(List.of(), lists.listHolders(a));
    }

    @Test
    void theKeysetWalkListsPublishedIdsOnlyAscending() {
        long a = published("a");
        long draft = article("draft", "draft", null);
        long b = published("b");
        long withdrawn = article("w", "withdrawn", Instant.now());
        long c = published("c");
        List<Long> mine = Set.of(a, b, c, draft, withdrawn).stream().sorted().toList();
        List<Long> walked = new ArrayList<>();
        long after = a - 1;
        while (true) {
            List<Long> page = lists.listPublishedIdsAfter(after, 2);
            page.stream().filter(mine::contains).forEach(walked::add);
            if (page.size() < 2 || page.get(page.size() - 1) >= c) {
                break;
            }
            after = page.get(page.size() - 1);
        }
        assertEquals(List.of(a, b, c), walked);
    }

    @Test
    void articlesWithoutAStoredListAreListedNewestFirst() {
        Instant far = Instant.parse("2999-01-01T00:00:00Z"); // newer than any other test's article
        long older = article("old", "published", far);
        long newer = article("new", "published", far.plusSeconds(60));
        long stored = article("stored", "published", far.plusSeconds(120));
        article("draft", "draft", far.plusSeconds(180));
        replace(stored, List.of());
        assertEquals(List.of(newer, older), lists.listPublishedWithoutList(2));
    }
}
