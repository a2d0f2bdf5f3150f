package org.casewatch.store;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The two stores every repository test runs against: a SQLite file in the test's directory, and a fresh database on
 * the shared local PostgreSQL server ({@link LocalPostgres}), copied from one migrated once per test run.
 */
public enum TestStore {

    SQLITE,
    POSTGRES;

    private static String template;

    /** A new, empty (migrated) store; {@link Opened#open()} opens it, again after a close with the same data. */
    public Opened create(Path dir) {
        if (this == SQLITE) {
            Path file = dir.resolve("var/casewatch.db");
            return new Opened(() -> SqliteDatabase.open(file));
        }
        LocalPostgres server = LocalPostgres.shared();
        String name = server.createDatabase("casewatch_test", Optional.of(template(server)));
        return new Opened(() -> PostgresDatabase.open(server.jdbcUrl(name), server.user(), Optional.empty(), 4));
    }

    private static synchronized String template(LocalPostgres server) {
        if (template == null) {
            String name = server.createDatabase("casewatch_template");
            PostgresDatabase.open(server.jdbcUrl(name), server.user(), Optional.empty(), 2).close();
            template = name;
        }
        return template;
    }

    /** A store that can be opened (and closed and opened again). */
    public record Opened(Supplier<Database> opener) {
        public Database open() {
            return opener.get();
        }
    }
}
