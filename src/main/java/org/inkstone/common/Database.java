package org.inkstone.common;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.apache.ibatis.io.ResolverUtil;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.flywaydb.core.Flyway;
import org.mybatis.cdi.Mapper;
import org.mybatis.cdi.SessionFactoryProvider;

import javax.sql.DataSource;
import java.util.List;

/**
 * The container datasource and the MyBatis session factory built on it. URL, user and password come from
 * configuration ({@code inkstone.db.url}, {@code inkstone.db.user}, {@code inkstone.db.password}) through
 * MicroProfile Config; the pool is the server's. Any MySQL 8 or MariaDB 10.6+ works; the URL should carry
 * {@code characterEncoding=UTF-8} (utf8mb4) and {@code sessionVariables=sql_mode=TRADITIONAL} (strict mode).
 *
 * <p>The pool checks every connection it hands out (Payara's {@code meta-data} validation: no round trip; a
 * connection the driver closed, e.g. after a socket timeout while the database was frozen, fails it) and, on
 * the first failure, drops every pooled connection ({@code fail-all-connections}). Without this, after the
 * database came back the pool kept handing out closed connections and the site answered 503 for minutes (seen
 * in a fault test: 30 s of {@code SIGSTOP} on the database). The {@code fish.payara.*} properties are Payara's
 * pool settings; another server ignores them.
 *
 * <p>A request waits at most {@link #MAX_WAIT_MS} ms for a free connection ({@code max-wait-time-in-millis};
 * Payara's default is 60 s), then fails with an {@code SQLException}, which the error mappers answer with 503
 * and {@code Retry-After}: with every connection stuck (a frozen database holds each for up to the URL's
 * {@code socketTimeout}), requests fail fast instead of piling up on the HTTP threads.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/inkstone",
        className = "com.mysql.cj.jdbc.MysqlDataSource",
        url = "${MPCONFIG=inkstone.db.url}",
        user = "${MPCONFIG=inkstone.db.user}",
        password = "${MPCONFIG=inkstone.db.password}",
        minPoolSize = 4,
        maxPoolSize = 48,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true",
                "fish.payara.max-wait-time-in-millis=" + Database.MAX_WAIT_MS})
@ApplicationScoped
public class Database {

    /** Longest wait for a free pooled connection, in milliseconds (see the class comment). */
    public static final int MAX_WAIT_MS = 2_000;

    /**
     * Every MyBatis mapper of the application: the interfaces annotated {@code @Mapper} under
     * {@code org.inkstone}, found once by MyBatis' own class-path scanner ({@link ResolverUtil}), so this
     * bottom package names no feature. Each loads its XML twin from the mirrored resource path.
     *
     * @throws IllegalStateException (at class initialisation) when the scan finds no mapper, e.g. on a class
     *     loader MyBatis' VFS cannot list
     */
    public static final List<Class<?>> MAPPERS = findMappers();

    private static List<Class<?>> findMappers() {
        ResolverUtil<Object> resolver = new ResolverUtil<>();
        resolver.setClassLoader(Database.class.getClassLoader());
        resolver.findAnnotated(Mapper.class, "org.inkstone");
        List<Class<?>> found = resolver.getClasses().stream().filter(Class::isInterface)
                .sorted(java.util.Comparator.comparing(Class::getName)).<Class<?>>map(c -> c).toList();
        if (found.isEmpty()) {
            throw new IllegalStateException("no MyBatis mapper found under org.inkstone");
        }
        return found;
    }

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
