package org.inkstone.common;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.flywaydb.core.Flyway;
import org.mybatis.cdi.SessionFactoryProvider;

import javax.sql.DataSource;
import java.util.List;

/**
 * The container datasource and the MyBatis session factory built on it. URL, user and password come from
 * configuration ({@code inkstone.db.url}, {@code inkstone.db.user}, {@code inkstone.db.password}) through
 * MicroProfile Config; the pool is the server's. Any MySQL 8 or MariaDB 10.6+ works; the URL should carry
 * {@code characterEncoding=UTF-8} (utf8mb4) and {@code sessionVariables=sql_mode=TRADITIONAL} (strict mode).
 */
@DataSourceDefinition(
        name = "java:app/jdbc/inkstone",
        className = "com.mysql.cj.jdbc.MysqlDataSource",
        url = "${MPCONFIG=inkstone.db.url}",
        user = "${MPCONFIG=inkstone.db.user}",
        password = "${MPCONFIG=inkstone.db.password}",
        minPoolSize = 4,
        maxPoolSize = 48)
@ApplicationScoped
public class Database {

    /** Every MyBatis mapper of the application; each loads its XML twin from the mirrored resource path. */
    public static final List<Class<?>> MAPPERS = List.of(
            org.inkstone.article.ArticleMapper.class,
            org.inkstone.channel.ChannelMapper.class,
            org.inkstone.search.OutboxMapper.class,
            org.inkstone.account.AccountMapper.class,
            org.inkstone.captcha.CaptchaMapper.class,
            org.inkstone.comment.CommentMapper.class,
            RateWindowMapper.class,
            org.inkstone.article.ViewClaimMapper.class);

    @Resource(lookup = "java:app/jdbc/inkstone")
    DataSource dataSource;

    public DataSource dataSource() {
        return dataSource;
    }

    @Produces
    @ApplicationScoped
    @SessionFactoryProvider
    public SqlSessionFactory sqlSessionFactory() {
        return sessionFactory(dataSource);
    }

    /** Builds the MyBatis configuration over any datasource (the container's, or a test's). */
    public static SqlSessionFactory sessionFactory(DataSource ds) {
        Configuration c = new Configuration(new Environment("inkstone", new JdbcTransactionFactory(), ds));
        c.setMapUnderscoreToCamelCase(true);
        c.setDefaultStatementTimeout(30);
        for (Class<?> mapper : MAPPERS) {
            c.addMapper(mapper);
        }
        return new SqlSessionFactoryBuilder().build(c);
    }

    /** Applies the Flyway migrations in {@code classpath:db/migration}. Throws Flyway's exception on failure. */
    public static void migrate(DataSource ds) {
        Flyway.configure(Database.class.getClassLoader()).dataSource(ds).locations("classpath:db/migration")
                .load().migrate();
    }
}
