package org.casewatch.store;

import org.casewatch.model.DatabaseSettings;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * Runs units of work against the database. The repositories speak SQL that SQLite and PostgreSQL both take
 * (upserts with ON CONFLICT, RETURNING, epoch-millisecond times that the caller's clock gives), so one set of
 * repositories stands behind either.
 */
public interface Database extends AutoCloseable {

    /** One unit of work on a connection; the caller commits nothing itself. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs {@code work} in a write transaction: all of it is committed, or none of it. */
    <T> T write(String what, Work<T> work);

    /** Runs {@code work} for reading. */
    <T> T read(String what, Work<T> work);

    @Override
    void close();

    /** Pool size of a PostgreSQL node: the poll workers, delivery, the console and the node's heartbeat. */
    int POSTGRES_POOL = 12;

    /**
     * Opens (and migrates) the database the settings name: SQLite by default, PostgreSQL when configured, with its
     * password read from the environment variable the settings name.
     */
    static Database open(DatabaseSettings settings, Map<String, String> env) {
        if (settings instanceof DatabaseSettings.Postgres pg) {
            Optional<String> password = pg.passwordEnv().map(env::get);
            return PostgresDatabase.open(pg.jdbcUrl(), pg.username(), password, POSTGRES_POOL);
        }
        return SqliteDatabase.open(((DatabaseSettings.Sqlite) settings).file());
    }
}
