package org.casewatch.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs units of work against the database. Nothing here is SQLite-specific, so a PostgreSQL database can
 * stand behind the same repositories later.
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
}
