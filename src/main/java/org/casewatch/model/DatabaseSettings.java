package org.casewatch.model;

import java.nio.file.Path;
import java.util.Optional;

/** Where casewatch keeps its state: one SQLite file (the default, one machine) or a PostgreSQL shared by 2-3 nodes. */
public sealed interface DatabaseSettings {

    /** The SQLite file, as {@code database: var/casewatch.db}. */
    record Sqlite(Path file) implements DatabaseSettings {
    }

    /**
     * A PostgreSQL database, as {@code database: {url, username, password_env}}.
     *
     * @param url         as written, {@code postgresql://host:port/name}, never with a password in it
     * @param jdbcUrl     the same address as the JDBC driver takes it
     * @param passwordEnv name of the environment variable holding the password; the value is never kept here
     */
    record Postgres(String url, String jdbcUrl, String username, Optional<String> passwordEnv)
            implements DatabaseSettings {
    }
}
