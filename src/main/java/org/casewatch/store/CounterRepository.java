package org.casewatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Counters of polls and cycles, written after each cycle, and the figures the console's {@code /metrics} and
 * {@code /healthz} read. Kept in the database so that a console in another process than the daemon sees them.
 */
public final class CounterRepository {

    /** How one source's poll ended, as counted. */
    public enum Poll { FETCHED, NOT_MODIFIED, FAILED }

    private final Database db;

    public CounterRepository(Database db) {
        this.db = db;
    }

    /** Adds one cycle's polls (source id to outcome) and records the cycle's end and duration. */
    public void recordCycle(Map<String, Poll> polls, Duration took, Instant at) {
        db.write("record cycle counters", c -> {
            for (Map.Entry<String, Poll> p : polls.entrySet()) {
                Sql.update(c, "INSERT INTO source_counter (source_id, polls, failures, not_modified) VALUES (?, 1, ?, ?) "
                        // The row's own columns are named with their table: PostgreSQL finds a bare name ambiguous.
                        + "ON CONFLICT (source_id) DO UPDATE SET polls = source_counter.polls + 1, failures = "
                        + "source_counter.failures + excluded.failures, not_modified = source_counter.not_modified + "
                        + "excluded.not_modified", p.getKey(),
                        p.getValue() == Poll.FAILED ? 1 : 0, p.getValue() == Poll.NOT_MODIFIED ? 1 : 0);
            }
            Sql.update(c, "INSERT INTO cycle_counter (id, cycles, last_at, last_duration_ms) VALUES (1, 1, ?, ?) "
                    + "ON CONFLICT (id) DO UPDATE SET cycles = cycle_counter.cycles + 1, last_at = excluded.last_at, "
                    + "last_duration_ms = excluded.last_duration_ms", at.toEpochMilli(), took.toMillis());
            return null;
        });
    }

    public Counters read() {
        return db.read("read counters", c -> {
            Map<String, Counters.SourceCounts> sources = new LinkedHashMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT source_id, polls, failures, not_modified FROM "
                    + "source_counter ORDER BY source_id"); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    sources.put(rs.getString(1), new Counters.SourceCounts(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                }
            }
            long[] outbox = new long[4];
            Optional<Instant> oldest;
            try (PreparedStatement st = c.prepareStatement("SELECT "
                    + "COALESCE(SUM(CASE WHEN sent_at IS NOT NULL THEN 1 ELSE 0 END), 0), "
                    + "COALESCE(SUM(CASE WHEN rejected_at IS NOT NULL THEN 1 ELSE 0 END), 0), "
                    + "COALESCE(SUM(CASE WHEN sent_at IS NULL AND rejected_at IS NULL THEN 1 ELSE 0 END), 0), "
                    // Every attempt but the one that ended a message failed and was (or will be) tried again.
                    + "COALESCE(SUM(CASE WHEN sent_at IS NULL AND rejected_at IS NULL THEN attempts ELSE attempts - 1 END), 0), "
                    + "MIN(CASE WHEN sent_at IS NULL AND rejected_at IS NULL THEN created_at END) FROM outbox");
                 ResultSet rs = st.executeQuery()) {
                rs.next();
                for (int i = 0; i < 4; i++) {
                    outbox[i] = rs.getLong(i + 1);
                }
                long first = rs.getLong(5);
                oldest = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(first));
            }
            long cycles = 0;
            Optional<Instant> lastAt = Optional.empty();
            Duration took = Duration.ZERO;
            try (PreparedStatement st = c.prepareStatement("SELECT cycles, last_at, last_duration_ms FROM cycle_counter "
                    + "WHERE id = 1"); ResultSet rs = st.executeQuery()) {
                if (rs.next()) {
                    cycles = rs.getLong(1);
                    lastAt = Optional.of(Instant.ofEpochMilli(rs.getLong(2)));
                    took = Duration.ofMillis(rs.getLong(3));
                }
            }
            return new Counters(sources, count(c, "SELECT COUNT(*) FROM item"), count(c, "SELECT COUNT(*) FROM mention"),
                    count(c, "SELECT COUNT(*) FROM alert_pending"), outbox[0], outbox[3], outbox[1], outbox[2], oldest,
                    cycles, lastAt, took);
        });
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
