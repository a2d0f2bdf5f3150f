package org.casewatch.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * A PostgreSQL database shared by two or three nodes: a small HikariCP pool, migrations from {@code db/postgresql}
 * (the twins of the SQLite ones, same versions) applied on open, and each unit of work in its own READ COMMITTED
 * transaction. Unlike SQLite there are many writers: work that two nodes could do at once is claimed row by row
 * rather than serialised by one lock.
 */
public final class PostgresDatabase implements Database {

    /** Where the PostgreSQL migrations live; same version numbers as their SQLite twins in db/migration. */
    static final String MIGRATIONS = "classpath:db/postgresql";
    /** How long a unit of work waits for a connection before failing: a lost database is noticed in seconds. */
    private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(5);
    /** SQLSTATE of a serialization failure and of a deadlock: the transaction may simply be run again. */
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String DEADLOCK = "40P01";
    private static final int ATTEMPTS = 3;

    private final HikariDataSource pool;

    private PostgresDatabase(HikariDataSource pool) {
        this.pool = pool;
    }

    /**
     * Opens the pool and migrates the schema.
     *
     * @param jdbcUrl  {@code jdbc:postgresql://host:port/name}
     * @param password from the environment; empty for a server that asks none (trust or peer on loopback)
     */
    public static PostgresDatabase open(String jdbcUrl, String username, Optional<String> password, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(username);
        password.ifPresent(config::setPassword);
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(1);
        config.setAutoCommit(false);
        config.setPoolName("casewatch-db");
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        config.setValidationTimeout(Duration.ofSeconds(3).toMillis());
        // Start even when the database is down for now: the first unit of work reports it, the node retries.
        config.setInitializationFailTimeout(-1);
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(pool).locations(MIGRATIONS).javaMigrations(new QuartzTables())
                    .load().migrate();
            return new PostgresDatabase(pool);
        } catch (RuntimeException e) {
            pool.close();
            throw new StoreException("store: cannot open database " + jdbcUrl + ": " + e.getMessage(), e);
        }
    }

    @Override
    public <T> T write(String what, Work<T> work) {
        return inTransaction(what, work);
    }

    @Override
    public <T> T read(String what, Work<T> work) {
        return inTransaction(what, work);
    }

    private <T> T inTransaction(String what, Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Connection c = pool.getConnection()) {
                try {
                    T result = work.run(c);
                    c.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    rollback(c);
                    throw e;
                }
            } catch (SQLException e) {
                if (attempt < ATTEMPTS && retryable(e)) {
                    continue;
                }
                throw new StoreException("store: " + what + " failed: " + e.getMessage(), e);
            } catch (StoreException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new StoreException("store: " + what + " failed: " + e.getMessage(), e);
            }
        }
    }

    /** Two nodes' transactions that deadlock or conflict: PostgreSQL aborts one, which may run again. */
    private static boolean retryable(SQLException e) {
        return SERIALIZATION_FAILURE.equals(e.getSQLState()) || DEADLOCK.equals(e.getSQLState());
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the original failure is what the caller needs to see (the pool discards a broken connection)
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
