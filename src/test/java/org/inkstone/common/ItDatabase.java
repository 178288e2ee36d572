package org.inkstone.common;

import com.mysql.cj.jdbc.MysqlDataSource;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * The integration-test database of the mapper tests (system properties {@code it.db.url}, {@code it.db.user},
 * {@code it.db.password}), migrated once per JVM, with a MyBatis factory over it.
 */
public final class ItDatabase {

    private static MysqlDataSource dataSource;
    private static SqlSessionFactory factory;

    private ItDatabase() {
    }

    /** The migrated datasource. */
    public static synchronized MysqlDataSource dataSource() {
        if (dataSource == null) {
            MysqlDataSource ds = new MysqlDataSource();
            ds.setURL(System.getProperty("it.db.url"));
            ds.setUser(System.getProperty("it.db.user"));
            ds.setPassword(System.getProperty("it.db.password"));
            Database.migrate(ds);
            dataSource = ds;
        }
        return dataSource;
    }

    /** The application's MyBatis configuration over {@link #dataSource()}. */
    public static synchronized SqlSessionFactory sessionFactory() {
        if (factory == null) {
            factory = Database.sessionFactory(dataSource());
        }
        return factory;
    }
}
