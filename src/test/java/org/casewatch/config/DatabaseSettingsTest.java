package org.casewatch.config;

import org.casewatch.TestFiles;
import org.casewatch.model.DatabaseSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code database:} field: a path is SQLite, a mapping is PostgreSQL; every mistake named with line and fix. */
class DatabaseSettingsTest {

    @TempDir
    Path home;

    @BeforeEach
    void minimalHome() {
        TestFiles.write(home, "config/watchlist.yaml", "persons:\n  - name: Aidos Temirkhanov\n");
        TestFiles.write(home, "config/subscribers.yaml", "staff:\n  - email: aliya@example.org\n    follows: all\n");
        TestFiles.write(home, "feeds/herald.yaml", "type: feed\nurl: https://herald.example/rss\n");
    }

    private Config config(String yaml, Map<String, String> env) {
        TestFiles.write(home, "config/casewatch.yaml", yaml);
        return new ConfigLoader(home, env).load(Path.of("config"));
    }

    private List<String> problems(String yaml) {
        try {
            config(yaml, Map.of());
        } catch (ConfigException e) {
            return e.problems().stream().map(ConfigProblem::toString).toList();
        }
        throw new AssertionError("the configuration loaded without problems");
    }

    @Test
    void aPathIsTheSqliteFileAsBefore() {
        assertThat(config("database: var/state/cw.db\n", Map.of()).settings().database())
                .isEqualTo(new DatabaseSettings.Sqlite(home.toAbsolutePath().resolve("var/state/cw.db")));
        assertThat(config("timezone: UTC\n", Map.of()).settings().database())
                .isEqualTo(new DatabaseSettings.Sqlite(home.toAbsolutePath().resolve("var/casewatch.db")));
    }

    @Test
    void aMappingIsPostgresqlWithThePasswordFromTheEnvironment() {
        Config config = config("""
                database:
                  url: postgresql://db.example.org:5432/casewatch?sslmode=require
                  username: casewatch
                  password_env: CW_DB_PASSWORD
                """, Map.of("CW_DB_PASSWORD", "s3cret-value"));
        assertThat(config.settings().database()).isEqualTo(new DatabaseSettings.Postgres(
                "postgresql://db.example.org:5432/casewatch?sslmode=require",
                "jdbc:postgresql://db.example.org:5432/casewatch?sslmode=require", "casewatch",
                Optional.of("CW_DB_PASSWORD")));
        String printed = new ConfigPrinter(Map.of("CW_DB_PASSWORD", "s3cret-value")).print(config);
        assertThat(printed).contains("database:\n  url: postgresql://db.example.org:5432/casewatch?sslmode=require\n"
                + "  username: casewatch\n  password_env: CW_DB_PASSWORD (value set, redacted)\n")
                .doesNotContain("s3cret-value");
    }

    @Test
    void passwordsInTheFileOrTheAddressAreRefused() {
        assertThat(problems("""
                database:
                  url: postgresql://casewatch:hunter2@db.example.org/casewatch
                  username: casewatch
                  password: hunter2
                """)).containsExactly(
                "config/casewatch.yaml:2: database.url: the address carries a user or password (remove it from the "
                        + "address: give username: and password_env: instead)",
                "config/casewatch.yaml:4: database.password: passwords are never written in configuration files "
                        + "(remove it, set password_env: CASEWATCH_DB_PASSWORD and export that variable)");
        assertThat(problems("database:\n  url: postgresql://db.example.org/cw?password=x\n  username: cw\n"))
                .singleElement().asString().startsWith("config/casewatch.yaml:2: database.url: the address carries");
    }

    @Test
    void everyMistakeIsNamedWithItsLine() {
        assertThat(problems("""
                database:
                  url: mysql://db.example.org/casewatch
                  password_env: 1BAD
                  pasword_env: X
                """)).containsExactly(
                "config/casewatch.yaml:2: database.url: 'mysql://db.example.org/casewatch' is not a postgresql:// "
                        + "address (write e.g. postgresql://db.example.org:5432/casewatch)",
                "config/casewatch.yaml:2: database.username: is missing (give the database user casewatch signs in as, "
                        + "e.g. casewatch)",
                "config/casewatch.yaml:3: database.password_env: '1BAD' is not an environment variable name (write a "
                        + "name like CASEWATCH_DB_PASSWORD)",
                "config/casewatch.yaml:4: database.pasword_env: unknown field (did you mean 'password_env'?)");
        assertThat(problems("database:\n  url: postgresql://db.example.org\n  username: cw\n  password_env: CW_UNSET\n"))
                .containsExactly("config/casewatch.yaml:2: database.url: 'postgresql://db.example.org' needs a host and "
                                + "a database name, nothing more (write e.g. postgresql://db.example.org:5432/casewatch)",
                        "config/casewatch.yaml:4: database.password_env: environment variable CW_UNSET is not set "
                                + "(export CW_UNSET before starting casewatch (see README, Two or three nodes))");
    }
}
