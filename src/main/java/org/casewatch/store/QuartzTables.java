package org.casewatch.store;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * PostgreSQL migration 21: the tables of Quartz's clustered job store, created from the DDL that the Quartz jar itself
 * ships ({@code tables_postgres.sql}), so the schema is always the one the Quartz version in use expects. Its
 * {@code DROP TABLE} lines (there is nothing to drop in a new schema) and its closing {@code COMMIT} (Flyway commits)
 * are left out.
 */
final class QuartzTables implements JavaMigration {

    static final String DDL = "org/quartz/impl/jdbcjobstore/tables_postgres.sql";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("21");
    }

    @Override
    public String getDescription() {
        return "quartz tables";
    }

    @Override
    public Integer getChecksum() {
        return String.join(";", statements()).hashCode();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        // Fixed DDL from the Quartz jar, no values in it: prepared like every other statement of the store.
        for (String sql : statements()) {
            try (PreparedStatement st = context.getConnection().prepareStatement(sql)) {
                st.execute();
            }
        }
    }

    /** The DDL's statements without comments, drops and the final commit. */
    static List<String> statements() {
        String text;
        try (InputStream in = QuartzTables.class.getClassLoader().getResourceAsStream(DDL)) {
            if (in == null) {
                throw new IllegalStateException("store: Quartz's " + DDL + " is not on the class path");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("store: cannot read Quartz's " + DDL + ": " + e.getMessage(), e);
        }
        StringBuilder code = new StringBuilder();
        for (String line : text.split("\n")) {
            if (!line.strip().startsWith("--")) {
                code.append(line).append('\n');
            }
        }
        List<String> out = new ArrayList<>();
        for (String statement : code.toString().split(";")) {
            String sql = statement.strip();
            String upper = sql.toUpperCase(Locale.ROOT);
            if (!sql.isEmpty() && !upper.startsWith("DROP ") && !upper.equals("COMMIT")) {
                out.add(sql);
            }
        }
        return out;
    }
}
