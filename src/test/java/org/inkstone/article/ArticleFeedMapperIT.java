package org.inkstone.article;

import com.mysql.cj.jdbc.MysqlDataSource;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.inkstone.channel.Channel;
import org.inkstone.channel.ChannelMapper;
import org.inkstone.common.ItDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The feed queries of {@link ArticleMapper} on the real database: the newest published ids of the site and of
 * several channels (one ordered, limited branch per channel), and the feed rows by id. Rows carry the external id
 * prefix {@code feed-it-} and the channels {@code feed-it-*}; both are deleted after each test. Published in the year
 * 2101, so they lead the site-wide list whatever else the database holds.
 */
class ArticleFeedMapperIT {

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
        ChannelMapper channels = session.getMapper(ChannelMapper.class);
        channels.insert(channel("feed-it-top", null, 901));
        channels.insert(channel("feed-it-a", "feed-it-top", 1));
        channels.insert(channel("feed-it-b", "feed-it-top", 2));
    }

    @AfterEach
    void cleanUp() throws Exception {
        session.close();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM article WHERE external_id LIKE 'feed-it-%'");
            s.executeUpdate("DELETE FROM channel WHERE id IN ('feed-it-a', 'feed-it-b')");
            s.executeUpdate("DELETE FROM channel WHERE id = 'feed-it-top'");
        }
    }

    private static Channel channel(String id, String parent, int position) {
        Channel c = new Channel();
        c.setId(id);
        c.setName("订阅测试" + id);
        c.setParentId(parent);
        c.setPosition(position);
        return c;
    }

    private long article(String ext, String channel, String status, Instant publishedAt) {
        Article a = new Article();
        a.setExternalId("feed-it-" + ext);
        a.setChannelId(channel);
        a.setTitle("标题 " + ext);
        a.setSource("来源");
        a.setBody("正文 " + ext + "。");
        a.setStatus(status);
        a.setPublishedAt(publishedAt);
        a.setCreatedAt(Instant.now());
        a.setUpdatedAt(Instant.now());
        articles.insert(a);
        return a.getId();
    }

    private static List<Long> ids(List<Article> rows) {
        return rows.stream().map(Article::getId).toList();
    }

    @Test
    void theNewestPublishedOfSeveralChannelsComeNewestFirstCutToTheLimit() {
        Instant t = Instant.parse("2101-01-01T00:00:00Z");
        long top1 = article("t1", "feed-it-top", "published", t.plusSeconds(10));
        long a1 = article("a1", "feed-it-a", "published", t.plusSeconds(30));
        long a2 = article("a2", "feed-it-a", "published", t.plusSeconds(20));
        long b1 = article("b1", "feed-it-b", "published", t.plusSeconds(40));
        long b2 = article("b2", "feed-it-b", "published", t.plusSeconds(30)); // same time as a1: the higher id first
        article("b3", "feed-it-b", "withdrawn", t.plusSeconds(50));
        article("b4", "feed-it-b", "draft", null);

        List<String> scope = List.of("feed-it-top", "feed-it-a", "feed-it-b");
        assertEquals(List.of(b1, b2, a1, a2, top1), ids(articles.listNewestPublishedIds(scope, 50)));
        assertEquals(List.of(b1, b2, a1), ids(articles.listNewestPublishedIds(scope, 3)));
        assertEquals(List.of(a1, a2), ids(articles.listNewestPublishedIds(List.of("feed-it-a"), 50)));
        assertEquals(List.of(b1, b2), ids(articles.listNewestPublishedIds(null, 2)), "the site: newest of all");
        Article first = articles.listNewestPublishedIds(scope, 1).get(0);
        assertEquals(t.plusSeconds(40), first.getPublishedAt());
    }

    @Test
    void feedRowsCarryWhatAnEntryShowsAndLeaveOutWhatIsNotPublished() {
        Instant t = Instant.parse("2101-01-02T00:00:00Z");
        long published = article("p", "feed-it-a", "published", t);
        long withdrawn = article("w", "feed-it-a", "withdrawn", t);
        List<Article> rows = articles.listPublishedForFeed(List.of(withdrawn, published));
        assertEquals(List.of(published), ids(rows));
        Article a = rows.get(0);
        assertEquals("标题 p", a.getTitle());
        assertEquals("正文 p。", a.getBody());
        assertEquals("feed-it-a", a.getChannelId());
        assertEquals(t, a.getPublishedAt());
    }
}
