package org.casewatch.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatementCacheTest {

    @TempDir
    Path dir;

    private SqliteDatabase db;

    @BeforeEach
    void open() {
        db = SqliteDatabase.open(dir.resolve("var/casewatch.db"));
        db.write("create table", c -> {
            Sql.update(c, "CREATE TABLE t (n INTEGER)");
            for (int n = 1; n <= 3; n++) {
                Sql.update(c, "INSERT INTO t (n) VALUES (?)", n);
            }
            return null;
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aClosedStatementIsReusedByTheNextUnitOfWork() {
        String sql = "SELECT n FROM t WHERE n = ?";
        PreparedStatement first = db.read("first", c -> {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                return st.unwrap(PreparedStatement.class);
            }
        });
        PreparedStatement second = db.read("second", c -> {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                return st.unwrap(PreparedStatement.class);
            }
        });

        assertThat(second).isSameAs(first);
    }

    @Test
    void aReturnedStatementKeepsNoParameterOfItsLastUse() {
        String sql = "SELECT n FROM t WHERE n = ?";
        long withParameter = db.read("bound", c -> rows(c.prepareStatement(sql), 2));
        long unbound = db.read("unbound", c -> {
            long rows = 0;
            try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            }
            return rows;
        });

        assertThat(withParameter).isEqualTo(1);
        assertThat(unbound).isZero();
    }

    @Test
    void aStatementStillOpenIsNotLentTwice() {
        String sql = "SELECT n FROM t WHERE n >= ? ORDER BY n";
        List<Long> pairs = db.read("nested", c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement outer = c.prepareStatement(sql)) {
                outer.setInt(1, 1);
                try (ResultSet rs = outer.executeQuery()) {
                    while (rs.next()) {
                        // The same text again while the outer results are being read.
                        out.add(rs.getLong(1) * 10 + rows(c.prepareStatement(sql), (int) rs.getLong(1)));
                    }
                }
            }
            return out;
        });

        assertThat(pairs).containsExactly(13L, 22L, 31L);
    }

    /** Counts the rows of the statement with its one parameter bound, then closes it. */
    private static long rows(PreparedStatement statement, int n) throws SQLException {
        try (PreparedStatement st = statement) {
            st.setInt(1, n);
            long rows = 0;
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            }
            return rows;
        }
    }
}
