package org.casewatch.store;

import org.casewatch.model.Node;
import org.casewatch.model.SourceHealth;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and records each source's polling state: validators, successes, failures and the next poll, and which node
 * polled it last. Recording a poll ends this node's lease on the source (see {@link SharedClaims}).
 */
public final class SourceStateRepository {

    private static final String UPSERT_PREFIX = "INSERT INTO source_state (source_id) VALUES (?) ON CONFLICT DO NOTHING";
    /** Ends the lease only if this node holds it: a node that lost it must not free another node's. */
    private static final String END_LEASE = "polled_by = COALESCE(?, polled_by), lease_until = CASE WHEN lease_owner = ? THEN NULL ELSE "
            + "lease_until END, lease_owner = CASE WHEN lease_owner = ? THEN NULL ELSE lease_owner END";

    private final Database db;
    private final Optional<Node> node;

    /** For reading (the console, the commands): records polls under no node's name. */
    public SourceStateRepository(Database db) {
        this.db = db;
        this.node = Optional.empty();
    }

    /** For the node that polls: its name goes on every poll it records. */
    public SourceStateRepository(Database db, Node node) {
        this.db = db;
        this.node = Optional.of(node);
    }

    /** Gives every configured source a row, so that nodes can claim sources never polled yet. */
    public void ensureRows(Collection<String> sourceIds) {
        db.write("add rows of new sources", c -> {
            for (String id : sourceIds) {
                ensureRow(c, id);
            }
            return null;
        });
    }

    public SourceState find(String sourceId) {
        return db.read("read state of source " + sourceId, c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT etag, last_modified, consecutive_failures, "
                    + "next_poll_at FROM source_state WHERE source_id = ?")) {
                st.setString(1, sourceId);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        return SourceState.fresh();
                    }
                    return new SourceState(Sql.string(rs, "etag"), Sql.string(rs, "last_modified"),
                            rs.getInt("consecutive_failures"), Sql.instant(rs, "next_poll_at"));
                }
            }
        });
    }

    /** When each source that has been polled is due next, in one query (a tick asks for all of them). */
    public Map<String, Instant> nextPolls() {
        return db.read("read next polls", c -> {
            Map<String, Instant> out = new HashMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT source_id, next_poll_at FROM source_state "
                    + "WHERE next_poll_at IS NOT NULL"); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)));
                }
            }
            return out;
        });
    }

    /** A poll that reached the source and was told nothing changed. Validators are kept when not given. */
    public void recordSuccess(String sourceId, Optional<String> etag, Optional<String> lastModified, Instant at,
                              Instant nextPollAt) {
        record(sourceId, etag, lastModified, at, nextPollAt, Optional.empty());
    }

    /**
     * A poll that read a body: validators kept when not given, and whether the body had to be read leniently
     * (why the strict reading refused it) or read strictly, which clears the mark.
     */
    public void recordSuccess(String sourceId, Optional<String> etag, Optional<String> lastModified, Instant at,
                              Instant nextPollAt, Optional<String> readLeniently) {
        record(sourceId, etag, lastModified, at, nextPollAt, Optional.of(readLeniently));
    }

    /** @param reading empty when no body was read (not modified), which leaves the lenient mark as it was */
    private void record(String sourceId, Optional<String> etag, Optional<String> lastModified, Instant at,
                        Instant nextPollAt, Optional<Optional<String>> reading) {
        db.write("record success of source " + sourceId, c -> {
            ensureRow(c, sourceId);
            try (PreparedStatement st = c.prepareStatement("UPDATE source_state SET "
                    + "etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified), last_poll_at = ?, "
                    + "last_success_at = ?, next_poll_at = ?, consecutive_failures = 0, last_status = NULL, "
                    + "last_error = NULL, lenient_error = CASE WHEN ? THEN ? ELSE lenient_error END, "
                    + "lenient_at = COALESCE(?, lenient_at), " + END_LEASE + " WHERE source_id = ?")) {
                Sql.setString(st, 1, etag);
                Sql.setString(st, 2, lastModified);
                st.setLong(3, at.toEpochMilli());
                st.setLong(4, at.toEpochMilli());
                st.setLong(5, nextPollAt.toEpochMilli());
                st.setBoolean(6, reading.isPresent());
                Sql.setString(st, 7, reading.flatMap(r -> r));
                if (reading.flatMap(r -> r).isPresent()) {
                    st.setLong(8, at.toEpochMilli());
                } else {
                    st.setNull(8, java.sql.Types.BIGINT);
                }
                int next = endLease(st, 9);
                st.setString(next, sourceId);
                st.executeUpdate();
            }
            return null;
        });
    }

    public void recordFailure(String sourceId, String error, int status, Instant at, Instant nextPollAt) {
        db.write("record failure of source " + sourceId, c -> {
            ensureRow(c, sourceId);
            try (PreparedStatement st = c.prepareStatement("UPDATE source_state SET last_poll_at = ?, "
                    + "next_poll_at = ?, consecutive_failures = consecutive_failures + 1, last_status = ?, "
                    + "last_error = ?, " + END_LEASE + " WHERE source_id = ?")) {
                st.setLong(1, at.toEpochMilli());
                st.setLong(2, nextPollAt.toEpochMilli());
                st.setInt(3, status);
                st.setString(4, error);
                int next = endLease(st, 5);
                st.setString(next, sourceId);
                st.executeUpdate();
            }
            return null;
        });
    }

    /** Health of every source that has been polled at least once, with its item count. */
    public List<SourceHealth> health() {
        return db.read("read source health", c -> {
            List<SourceHealth> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT s.*, (SELECT COUNT(*) FROM item i "
                    + "WHERE i.source_id = s.source_id) AS items FROM source_state s ORDER BY s.source_id");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new SourceHealth(rs.getString("source_id"), Sql.instant(rs, "last_poll_at"),
                            Sql.instant(rs, "last_success_at"), rs.getInt("consecutive_failures"),
                            Sql.string(rs, "last_error"), Sql.instant(rs, "next_poll_at"), rs.getLong("items"),
                            Sql.string(rs, "lenient_error"), Sql.instant(rs, "lenient_at"), Sql.string(rs, "polled_by")));
                }
            }
            return out;
        });
    }

    /** Binds the node's name and id for {@link #END_LEASE}; @return the next parameter index */
    private int endLease(PreparedStatement st, int index) throws SQLException {
        st.setString(index, node.map(Node::name).orElse(null));
        st.setString(index + 1, node.map(Node::id).orElse(""));
        st.setString(index + 2, node.map(Node::id).orElse(""));
        return index + 3;
    }

    private static void ensureRow(java.sql.Connection c, String sourceId) throws java.sql.SQLException {
        try (PreparedStatement st = c.prepareStatement(UPSERT_PREFIX)) {
            st.setString(1, sourceId);
            st.executeUpdate();
        }
    }
}
