package org.inkstone.syndication;

import com.mysql.cj.jdbc.MysqlDataSource;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.inkstone.article.Article;
import org.inkstone.article.ArticleMapper;
import org.inkstone.common.ItDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The change-log reads the feeds use: the rows of several articles at once, and the time of the latest change.
 * Articles carry the external id prefix {@code feedlog-it-}; they and their change-log rows are deleted after each test.
 */
class ChangeLogFeedMapperIT {

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
            s.executeUpdate("DELETE FROM syndication_item WHERE article_id IN (SELECT id FROM article WHERE external_id LIKE 'feedlog-it-%')");
            s.executeUpdate("DELETE FROM article WHERE external_id LIKE 'feedlog-it-%'");
        }
    }

    private static long article(SqlSession s, String ext) {
        Article a = new Article();
        a.setExternalId("feedlog-it-" + ext);
        a.setChannelId("tech");
        a.setTitle("标题 " + ext);
        a.setBody("正文。");
        a.setStatus("published");
        a.setPublishedAt(Instant.parse("2026-01-01T00:00:00Z"));
        a.setCreatedAt(Instant.now());
        a.setUpdatedAt(Instant.now());
        s.getMapper(ArticleMapper.class).insert(a);
        return a.getId();
    }

    /** Records a change of {@code articleId} at {@code at} as ChangeLog does (next seq; insert or +1 version). */
    private static void change(SqlSession s, long articleId, Instant at) {
        ChangeLogMapper m = s.getMapper(ChangeLogMapper.class);
        m.takeSeq();
        long seq = m.lastSeq();
        if (m.lockItem(articleId) == null) {
            m.insertItem(articleId, seq, 1, "usable", "tech", at);
        } else {
            m.updateItem(articleId, seq, "usable", "tech", at);
        }
        s.commit();
    }

    @Test
    void theRowsOfSeveralArticlesAndTheLatestChangeAreRead() {
        try (SqlSession s = factory.openSession(false)) {
            long a = article(s, "a");
            long b = article(s, "b");
            long never = article(s, "never");
            s.commit();
            Instant t = Instant.parse("2026-06-01T08:00:00Z");
            change(s, a, t);
            change(s, b, t.plusSeconds(1));
            change(s, a, t.plusSeconds(2)); // a correction: version 2

            ChangeLogMapper m = s.getMapper(ChangeLogMapper.class);
            List<ChangeRow> rows = new ArrayList<>(m.listItems(List.of(a, b, never)));
            rows.sort(Comparator.comparingLong(ChangeRow::getArticleId));
            assertEquals(List.of(a, b), rows.stream().map(ChangeRow::getArticleId).toList());
            assertEquals(2, rows.get(0).getVersion());
            assertEquals(t.plusSeconds(2), rows.get(0).getChangedAt());
            assertEquals(1, rows.get(1).getVersion());
            assertEquals(t.plusSeconds(2), m.findLatestChangedAt(), "the highest seq's time");
        }
    }
}
