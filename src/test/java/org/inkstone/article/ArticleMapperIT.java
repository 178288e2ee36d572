package org.inkstone.article;

import com.mysql.cj.jdbc.MysqlDataSource;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.inkstone.channel.Channel;
import org.inkstone.channel.ChannelAlias;
import org.inkstone.channel.ChannelMapper;
import org.inkstone.common.ItDatabase;
import org.inkstone.article.OutboxEntry;
import org.inkstone.article.OutboxMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mapper tests against the real MariaDB/MySQL of the integration tests (embedded MariaDB 11.4 by default,
 * the machine's MariaDB 10.11 in CI's second run), with the real migrations. Rows made here carry the
 * external id prefix {@code mapper-it-} and are deleted after each test.
 */
class ArticleMapperIT {

    private static MysqlDataSource ds;
    private static SqlSessionFactory factory;
    private SqlSession session;
    private ArticleMapper articles;

    @BeforeAll
    static void migrate() {
        ds = ItDatabase.dataSource();
        factory = ItDatabase.sessionFactory();
    }

    @BeforeEach
    void open() {
        session = factory.openSession(true);
        articles = session.getMapper(ArticleMapper.class);
    }

    @AfterEach
    void cleanUp() throws Exception {
        session.close();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM index_outbox WHERE article_id IN (SELECT id FROM article WHERE external_id LIKE 'mapper-it-%')");
            s.executeUpdate("DELETE FROM article WHERE external_id LIKE 'mapper-it-%'");
        }
    }

    private Article article(String ext, String status, Instant publishedAt) {
        Article a = new Article();
        a.setExternalId("mapper-it-" + ext);
        a.setChannelId("tech");
        a.setTitle("标题 " + ext);
        a.setSource("来源");
        a.setBody("正文 " + ext + "。");
        a.setStatus(status);
        a.setPublishedAt(publishedAt);
        a.setCreatedAt(Instant.now());
        a.setUpdatedAt(Instant.now());
        articles.insert(a);
        return a;
    }

    @Test
    void theUnfilteredNewsroomListPagesOnByItsKeyset() {
        // the newest changes of all (year 2100), so that they lead the unfiltered list whatever else the database holds
        Article a = article("keyset-a", "draft", null);
        Article b = article("keyset-b", "draft", null);
        Article c = article("keyset-c", "draft", null);
        Instant t = Instant.parse("2100-01-01T00:00:00Z");
        try (Connection conn = ItDatabase.dataSource().getConnection(); Statement st = conn.createStatement()) {
            st.executeUpdate("UPDATE article SET updated_at = '2100-01-01 00:00:00' WHERE id IN (" + a.getId() + "," + b.getId() + ")");
            st.executeUpdate("UPDATE article SET updated_at = '2100-01-01 00:00:01' WHERE id = " + c.getId());
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        NewsroomFilter none = new NewsroomFilter(null, null, null, null, null, null);
        assertEquals(List.of(c.getId(), b.getId()), articles.listNewsroom(none, null, null, 2).stream().map(Article::getId).toList());
        // after b (same time as a, larger id): a comes next, then older articles
        assertEquals(a.getId(), articles.listNewsroom(none, t, b.getId(), 2).get(0).getId());
    }

    @Test
    void theNewsroomListFiltersOnAnyOfSeveralStates() {
        Article draft = article("states-draft", "draft", null);
        Article returned = article("states-returned", "returned", null);
        Article review = article("states-review", "in_review", null);
        try (Connection conn = ItDatabase.dataSource().getConnection(); Statement st = conn.createStatement()) {
            st.executeUpdate("UPDATE article SET updated_at = '2100-02-01 00:00:00' WHERE id IN (" + draft.getId() + ","
                    + returned.getId() + "," + review.getId() + ")");
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        NewsroomFilter two = new NewsroomFilter(List.of("draft", "returned"), null, null, "states-", null, null);
        assertEquals(List.of(returned.getId(), draft.getId()),
                articles.listNewsroom(two, null, null, 10).stream().map(Article::getId).toList());
    }

    @Test
    void roundTripsFourByteCharactersByteExact() {
        Article a = new Article();
        a.setExternalId("mapper-it-emoji-😀");
        a.setChannelId("tech");
        a.setTitle("生僻字𠀀𪚥与表情😀👩‍👩‍👧");
        a.setBody("正文：𠀀𪚥😀\n第二段🎉。");
        a.setStatus("published");
        // Whole seconds: Connector/J sees MariaDB 10.x as "MySQL 5.5.5-10.x" and drops fractional seconds
        // there (it keeps them with MariaDB 11 and MySQL 8); see the README on other databases.
        Instant at = Instant.parse("2012-06-21T08:30:00Z");
        a.setPublishedAt(at);
        a.setCreatedAt(at);
        a.setUpdatedAt(at);
        articles.insert(a);
        assertNotNull(a.getId());
        Article back = articles.findPublishedById(a.getId());
        assertEquals("生僻字𠀀𪚥与表情😀👩‍👩‍👧", back.getTitle());
        assertEquals("正文：𠀀𪚥😀\n第二段🎉。", back.getBody());
        assertEquals("mapper-it-emoji-😀", back.getExternalId());
        assertEquals("tech", back.getChannelId());
        assertEquals(at, back.getPublishedAt());
    }

    @Test
    void draftsReviewAndWithdrawnArticlesAreNotFoundAsPublished() {
        Article draft = article("draft", "draft", null);
        Article review = article("review", "in_review", null);
        Article pub = article("pub", "published", Instant.now());
        assertNull(articles.findPublishedById(draft.getId()));
        assertNull(articles.findPublishedById(review.getId()));
        assertNotNull(articles.findPublishedById(pub.getId()));
        assertEquals(1, articles.updateStatus(pub.getId(), "withdrawn", Instant.now()));
        assertNull(articles.findPublishedById(pub.getId()));
        assertEquals(List.of(), articles.listPublishedSummariesByIds(List.of(draft.getId(), pub.getId())));
    }

    @Test
    void mostViewedRanksByViewsPlusWeightedCommentsOverPublishedArticlesOnly() throws Exception {
        // Views in the millions so that no other row of the shared test database ranks among these.
        Article a = article("pop-a", "published", Instant.now());
        Article b = article("pop-b", "published", Instant.now());
        Article c = article("pop-c", "published", Instant.now());
        Article withdrawn = article("pop-withdrawn", "withdrawn", Instant.now());
        Article other = article("pop-other", "published", Instant.now());
        articles.addViews(a.getId(), 9_000_005);
        articles.addViews(b.getId(), 9_000_001);
        articles.addViews(c.getId(), 9_000_005);
        articles.addViews(withdrawn.getId(), 20_000_000);
        articles.addViews(other.getId(), 9_000_008);
        try (Connection conn = ds.getConnection(); Statement st = conn.createStatement()) {
            st.executeUpdate("UPDATE article SET comment_count = 1 WHERE id = " + b.getId());
            st.executeUpdate("UPDATE article SET channel_id = 'sports' WHERE id = " + other.getId());
        }
        // b: 9,000,001 + 10 x 1 = 9,000,011; other 9,000,008; c and a tie at 9,000,005, the newer id first.
        assertEquals(List.of(b.getId(), other.getId(), c.getId(), a.getId()),
                articles.listMostViewed(null, 10, null, 4).stream().map(Article::getId).toList());
        assertEquals(List.of(b.getId(), c.getId(), a.getId()),
                articles.listMostViewed("tech", 10, null, 3).stream().map(Article::getId).toList());
        assertEquals(List.of(other.getId(), c.getId()),
                articles.listMostViewed(null, 0, null, 2).stream().map(Article::getId).toList(), "without the comment weight");
        Article first = articles.listMostViewed(null, 10, null, 1).get(0);
        assertEquals("tech", first.getChannelId());
        assertEquals(9_000_001, first.getViews());
        assertEquals(1, first.getCommentCount());
        try (Connection conn = ds.getConnection(); Statement st = conn.createStatement()) {
            st.executeUpdate("UPDATE article SET published_at = '2001-01-01 00:00:00' WHERE id IN (" + b.getId() + ", "
                    + other.getId() + ")");
        }
        assertEquals(List.of(c.getId(), a.getId()), articles.listMostViewed(null, 10,
                Instant.now().minus(7, ChronoUnit.DAYS), 2).stream().map(Article::getId).toList(),
                "published since: the two old leaders are left out");
    }

    @Test
    void theCommentSideCountsOnlyOnPublishedArticlesAndNeverBelowZero() {
        Article pub = article("count", "published", Instant.now());
        Article draft = article("count-draft", "draft", null);
        assertEquals("published", articles.findStatusForUpdate(pub.getId()));
        assertEquals("draft", articles.findStatusForUpdate(draft.getId()));
        assertNull(articles.findStatusForUpdate(-1));
        assertEquals(1, articles.updateCommentCount(pub.getId(), 2));
        assertEquals(1, articles.updateCommentCount(pub.getId(), -1));
        assertEquals(1L, articles.findPublishedCommentCount(pub.getId()));
        assertNull(articles.findPublishedCommentCount(draft.getId()));
        assertThrows(PersistenceException.class, () -> articles.updateCommentCount(pub.getId(), -2), "the CHECK keeps it at 0 or more");
        assertEquals(List.of("标题 count", "标题 count-draft"), articles.listTitlesByIds(List.of(draft.getId(), pub.getId())).stream()
                .sorted(java.util.Comparator.comparing(Article::getId)).map(Article::getTitle).toList());
    }

    @Test
    void anUnknownStatusIsRefusedByTheCheckConstraint() {
        assertThrows(PersistenceException.class, () -> article("bad-status", "deleted", null));
    }

    @Test
    void aDuplicateExternalIdIsRefused() {
        article("dup", "published", Instant.now());
        assertThrows(PersistenceException.class, () -> article("dup", "published", Instant.now()));
    }

    @Test
    void anOverLongTitleIsRefusedNotTruncated() {
        Article a = new Article();
        a.setExternalId("mapper-it-long");
        a.setChannelId("tech");
        a.setTitle("长".repeat(201));
        a.setBody("正文");
        a.setStatus("published");
        a.setCreatedAt(Instant.now());
        a.setUpdatedAt(Instant.now());
        assertThrows(PersistenceException.class, () -> articles.insert(a));
        assertEquals(List.of(), articles.listExistingExternalIds(List.of("mapper-it-long")));
    }

    @Test
    void listsAChannelNewestFirstWithACount() {
        long before = articles.countPublishedByChannel("tech");
        Instant t = Instant.parse("2030-01-01T00:00:00Z");
        Article older = article("older", "published", t);
        Article newer = article("newer", "published", t.plus(1, ChronoUnit.HOURS));
        article("hidden", "draft", t.plus(2, ChronoUnit.HOURS));
        assertEquals(before + 2, articles.countPublishedByChannel("tech"));
        List<Article> page = articles.listPublishedPage("tech", null, null, 0, 2);
        assertEquals(List.of(newer.getId(), older.getId()), page.stream().map(Article::getId).toList());
        assertNull(page.get(0).getBody(), "lists do not load bodies");
    }

    /** Ids of every published article (of one channel, or all when null) in list order, straight from SQL. */
    private static List<Long> publishedInListOrder(String channel) throws Exception {
        List<Long> ids = new java.util.ArrayList<>();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
             java.sql.ResultSet r = st.executeQuery("SELECT id FROM article WHERE status = 'published'"
                     + (channel == null ? "" : " AND channel_id = '" + channel + "'") + " ORDER BY published_at DESC, id DESC")) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids;
    }

    /** Walks a list with the keyset cursor, {@code size} a page, as the API does; fails on a page that does not advance. */
    private List<Long> walk(String channel, int size) {
        List<Long> seen = new java.util.ArrayList<>();
        ArticleCursor after = null;
        while (true) {
            List<Article> page = articles.listPublishedPage(channel, after == null ? null : after.publishedAtSql(),
                    after == null ? null : after.id(), 0, size);
            page.forEach(a -> seen.add(a.getId()));
            if (page.size() < size) {
                return seen;
            }
            ArticleCursor next = ArticleCursor.after(page.get(page.size() - 1));
            assertTrue(after == null || !next.equals(after), "the cursor advances");
            after = next;
        }
    }

    @Test
    void theKeysetWalksEveryPublishedArticleExactlyOnceInOrder() throws Exception {
        // Ties on the publish time (the id decides), other channels, and unpublished rows in between.
        Instant t = Instant.parse("2031-05-01T00:00:00Z");
        List<Long> mine = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            mine.add(article("walk-" + i, "published", t.minus(i / 3, ChronoUnit.HOURS)).getId());
        }
        article("walk-draft", "draft", t);
        Article withdrawn = article("walk-withdrawn", "published", t);
        articles.updateStatus(withdrawn.getId(), "withdrawn", Instant.now());
        try (Connection conn = ds.getConnection(); Statement st = conn.createStatement()) {
            st.executeUpdate("UPDATE article SET channel_id = 'sports' WHERE id IN (" + mine.get(1) + ", " + mine.get(7) + ")");
        }
        List<Long> expected = publishedInListOrder(null);
        assertTrue(expected.containsAll(mine));
        for (int size : new int[] {1, 5, 7, 100}) {
            List<Long> walked = walk(null, size);
            assertEquals(expected, walked, "site, " + size + " a page");
            assertEquals(walked.size(), new java.util.HashSet<>(walked).size(), "no article twice");
        }
        assertEquals(publishedInListOrder("tech"), walk("tech", 3));
        assertEquals(publishedInListOrder("sports"), walk("sports", 4));
        assertEquals(expected.size(), articles.countPublished());
        // Offset pages agree with the keyset.
        List<Long> byOffset = new java.util.ArrayList<>();
        for (int offset = 0; offset < expected.size(); offset += 5) {
            articles.listPublishedPage(null, null, null, offset, 5).forEach(a -> byOffset.add(a.getId()));
        }
        assertEquals(expected, byOffset);
        Article first = articles.listPublishedPage(null, null, null, 0, 1).get(0);
        assertNull(first.getBody(), "lists do not load bodies");
        assertNotNull(first.getChannelId());
    }

    @Test
    void aKeysetPageNearTheEndReadsOnlyItsOwnIndexEntries() throws Exception {
        // 300 articles older than anything else: a plan that walked back from the newest row to the cursor (what
        // the site-wide list did when joined to channel directly) would read every row in between.
        Instant t = Instant.parse("1990-01-01T00:00:00Z");
        Article last = null;
        for (int i = 0; i < 300; i++) {
            last = article("deep-" + i, "published", t.plus(300 - i, ChronoUnit.MINUTES));
        }
        // After (t + 21 min, the largest id): the article published at t + 21 min and the 20 older ones.
        ArticleCursor nearEnd = new ArticleCursor(t.plus(21, ChronoUnit.MINUTES), Long.MAX_VALUE);
        java.sql.Connection conn = session.getConnection();
        long before = handlerReads(conn);
        List<Article> page = articles.listPublishedPage(null, nearEnd.publishedAtSql(), nearEnd.id(), 0, 21);
        long read = handlerReads(conn) - before;
        assertEquals(21, page.size());
        assertEquals(last.getId(), page.get(page.size() - 1).getId());
        assertTrue(read <= 42, "index entries walked for one page of 21: " + read);
    }

    /** Handler_read_next + Handler_read_prev of this connection's session: index entries walked so far. */
    private static long handlerReads(java.sql.Connection conn) throws Exception {
        long sum = 0;
        try (Statement st = conn.createStatement();
             java.sql.ResultSet r = st.executeQuery("SHOW SESSION STATUS WHERE Variable_name IN ('Handler_read_next', 'Handler_read_prev')")) {
            while (r.next()) {
                sum += r.getLong(2);
            }
        }
        return sum;
    }

    @Test
    void editorPicksComeInPositionOrderAndExpire() throws Exception {
        Article a = article("pick-a", "published", Instant.now());
        Article b = article("pick-b", "published", Instant.now());
        Article c = article("pick-c", "published", Instant.now());
        Instant now = Instant.now();
        articles.insertEditorPick("tech", b.getId(), 1, null);
        articles.insertEditorPick("tech", a.getId(), 2, now.plus(1, ChronoUnit.DAYS));
        articles.insertEditorPick("tech", c.getId(), 0, now.minus(1, ChronoUnit.MINUTES));
        assertEquals(List.of(b.getId(), a.getId()), articles.listEditorPickIds("tech", now));
        assertEquals(List.of(), articles.listEditorPickIds("sports", now).stream()
                .filter(id -> id.equals(a.getId()) || id.equals(b.getId())).toList());
    }

    @Test
    void viewsAreAddedInBatches() {
        Article a = article("views", "published", Instant.now());
        articles.addViews(a.getId(), 5);
        articles.addViews(a.getId(), 7);
        assertEquals(12, articles.findPublishedById(a.getId()).getViews());
    }

    @Test
    void tagsAreLoadedForIndexing() {
        Article a = article("tags", "published", Instant.now());
        articles.insertTag(a.getId(), "乡村振兴");
        articles.insertTag(a.getId(), "妇联");
        Article indexed = articles.listPublishedForIndex(List.of(a.getId())).get(0);
        assertEquals(List.of("乡村振兴", "妇联"), List.of(indexed.getTagsCsv().split(",")).stream().sorted().toList());
        assertEquals("正文 tags。", indexed.getBody());
    }

    @Test
    void theOutboxListsRowsAfterAPositionInOrder() {
        OutboxMapper outbox = session.getMapper(OutboxMapper.class);
        Article a = article("outbox", "published", Instant.now());
        long start = outbox.maxId();
        outbox.insert(a.getId(), Instant.now());
        outbox.insert(a.getId(), Instant.now());
        List<OutboxEntry> rows = outbox.listAfter(start, 10);
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).getId() < rows.get(1).getId());
        assertEquals(a.getId(), rows.get(0).getArticleId());
        assertEquals(rows.get(1).getId(), outbox.maxId());
        assertEquals(36, session.getMapper(org.inkstone.common.SiteMetaMapper.class).instanceId().length());
    }

    /**
     * The premise of the indexer's gap handling, on the real database: an outbox id is taken at insert, so a row
     * inserted first and committed last is invisible while a higher id is visible, and {@code listIds} finds it
     * once its transaction commits.
     */
    @Test
    void anOutboxIdTakenFirstCanCommitLastAndIsThenFoundById() {
        OutboxMapper outbox = session.getMapper(OutboxMapper.class);
        Article a = article("outbox-late", "published", Instant.now());
        long start = outbox.maxId();
        try (SqlSession slow = factory.openSession(false); SqlSession fast = factory.openSession(false)) {
            slow.getMapper(OutboxMapper.class).insert(a.getId(), Instant.now());
            fast.getMapper(OutboxMapper.class).insert(a.getId(), Instant.now());
            fast.commit();
            // the same session asked maxId before the inserts: flushCache="true" must make it ask the database again
            List<OutboxEntry> seen = outbox.listAfter(start, 10);
            assertEquals(1, seen.size());
            long late = seen.get(0).getId() - 1;
            assertEquals(seen.get(0).getId(), outbox.maxId());
            assertEquals(List.of(), outbox.listIds(List.of(late)), "uncommitted: invisible");
            slow.commit();
            List<OutboxEntry> found = outbox.listIds(List.of(late, seen.get(0).getId()));
            assertEquals(List.of(late, seen.get(0).getId()), found.stream().map(OutboxEntry::getId).toList());
            assertEquals(a.getId(), found.get(0).getArticleId());
        }
    }

    @Test
    void channelsComeInMenuOrderWithTheirImportAliases() {
        ChannelMapper channels = session.getMapper(ChannelMapper.class);
        List<Channel> all = channels.listAll();
        // the 17 channels of V1 in menu order (system tests on the same database may have added channels after them)
        List<String> shipped = List.of("reform", "politics", "finance", "tech", "education", "sports", "entertainment",
                "realestate", "home", "fashion", "games", "charity", "women", "parenting", "olympics", "news", "business");
        assertEquals(shipped, all.stream().map(Channel::getId).filter(shipped::contains).toList());
        assertEquals("改革进行时", all.stream().filter(c -> c.getId().equals("reform")).findFirst().orElseThrow().getName());
        assertTrue(channels.listAliases().stream().anyMatch(
                (ChannelAlias x) -> x.getAlias().equals("gongyi") && x.getChannelId().equals("charity")));
    }

    @Test
    void aDueScheduledArticleIsClaimedExactlyOnce() {
        Article a = article("scheduled", "scheduled", null);
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        assertEquals(1, articles.updateWorkflow(a.getId(), 1, "scheduled", null, 0, at, null, Instant.now()));
        assertEquals(List.of(), articles.listDueScheduled(at.minusSeconds(1), 10).stream().filter(id -> id.equals(a.getId())).toList());
        assertTrue(articles.listDueScheduled(at, 1000).contains(a.getId()));
        assertEquals(0, articles.claimScheduled(a.getId(), at.minusSeconds(1)), "not yet due");
        assertEquals(1, articles.claimScheduled(a.getId(), at.plusSeconds(1)));
        assertEquals(0, articles.claimScheduled(a.getId(), at.plusSeconds(2)), "a second claim (another node) changes nothing");
        Article claimed = articles.findForNewsroom(a.getId());
        assertEquals("published", claimed.getStatus());
        assertEquals(at, claimed.getPublishedAt(), "published at the scheduled time");
        assertEquals(3, claimed.getVersion());
    }

    @Test
    void aStaleVersionChangesNothing() {
        Article a = article("versioned", "draft", null);
        assertEquals(1, articles.updateWorkflow(a.getId(), 1, "in_review", null, 1, null, null, Instant.now()));
        assertEquals(0, articles.updateWorkflow(a.getId(), 1, "draft", null, 0, null, null, Instant.now()));
        Article back = articles.findForNewsroom(a.getId());
        assertEquals("in_review", back.getStatus());
        assertEquals(2, back.getVersion());
        assertEquals(1, back.getReviewLevel());
    }

    @Test
    void revisionsAreNumberedPerArticleAndKeepEveryField() {
        Article a = article("revised", "draft", null);
        ArticleRevision r = new ArticleRevision();
        r.setArticleId(a.getId());
        r.setN(articles.findLastRevisionNumber(a.getId()) + 1);
        r.setTitle("标题");
        r.setSubtitle("副标题");
        r.setBody("正文");
        r.setBodyHtml("<p>正文</p>");
        r.setChannelId("tech");
        r.setTags("甲\n乙");
        r.setAction("save");
        r.setCreatedAt(Instant.parse("2026-02-03T04:05:06Z"));
        articles.insertRevision(r);
        assertEquals(1, r.getN());
        ArticleRevision back = articles.findLatestRevision(a.getId());
        assertEquals(List.of("甲", "乙"), back.tagList());
        assertEquals("副标题", back.getSubtitle());
        assertEquals("<p>正文</p>", back.getBodyHtml());
        assertEquals(1, articles.listRevisions(a.getId()).size());
        assertEquals(1, articles.findLastRevisionNumber(a.getId()));
    }
}
