package org.casewatch.store;

import org.casewatch.model.Node;
import org.casewatch.model.OutgoingMessage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Claims in a PostgreSQL database that several nodes share, row by row: a claim picks its rows with
 * {@code SELECT ... FOR UPDATE SKIP LOCKED} (rows another node is claiming at that instant are passed over, never waited
 * for) and writes its node and lease expiry on them. A lease runs {@link #LEASE}; the node's heartbeat renews all of its
 * leases every {@link #HEARTBEAT}, so a node that dies (or loses the database) leaves its work to the others within
 * a lease. Each check before a side effect renews the one lease with a conditional UPDATE: when two nodes race, PostgreSQL
 * re-reads the row the other committed, so exactly one of them still holds it.
 *
 * <p>Leases compare the nodes' own clocks: keep the clocks of the nodes in sync (NTP), well within a lease.
 */
public final class SharedClaims implements Claims {

    /** How long a claim lasts without renewal: a dead node's work waits at most this long for another node. */
    public static final Duration LEASE = Duration.ofSeconds(20);
    /** How often a live node renews its claims (and checks in). */
    public static final Duration HEARTBEAT = Duration.ofSeconds(5);
    /** Nodes not seen for this long are forgotten by {@code casewatch cluster}. */
    private static final Duration FORGET_NODES = Duration.ofDays(7);

    private final Database db;
    private final Node node;
    private final Instant startedAt;

    public SharedClaims(Database db, Node node, Instant startedAt) {
        this.db = db;
        this.node = node;
        this.startedAt = startedAt;
    }

    @Override
    public boolean claimSource(String sourceId, Instant dueBy, Instant now) {
        return db.write("claim source " + sourceId, c -> Sql.update(c, "UPDATE source_state SET lease_owner = ?, "
                + "lease_until = ? WHERE source_id = (SELECT source_id FROM source_state WHERE source_id = ? AND "
                + "(next_poll_at IS NULL OR next_poll_at <= ?) AND (lease_owner IS NULL OR lease_owner = ? OR "
                + "lease_until < ?) FOR UPDATE SKIP LOCKED)", node.id(), until(now), sourceId, dueBy.toEpochMilli(),
                node.id(), now.toEpochMilli()) == 1);
    }

    @Override
    public boolean holdsSource(String sourceId, Instant now) {
        return db.write("renew lease of source " + sourceId, c -> Sql.update(c, "UPDATE source_state SET "
                + "lease_until = ? WHERE source_id = ? AND lease_owner = ?", until(now), sourceId, node.id()) == 1);
    }

    @Override
    public List<QueuedMessage> claimMessages(Instant now, int limit) {
        return db.write("claim due messages", c -> {
            List<QueuedMessage> out = new ArrayList<>();
            try (PreparedStatement st = Sql.prepare(c, "UPDATE outbox SET claimed_by = ?, claim_until = ? WHERE id IN "
                    + "(SELECT id FROM outbox WHERE sent_at IS NULL AND rejected_at IS NULL AND next_attempt_at <= ? AND "
                    + "(claimed_by IS NULL OR claimed_by = ? OR claim_until < ?) ORDER BY id LIMIT ? FOR UPDATE SKIP "
                    + "LOCKED) RETURNING *", node.id(), until(now), now.toEpochMilli(), node.id(), now.toEpochMilli(),
                    limit); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    OutgoingMessage m = new OutgoingMessage(rs.getString("dedupe_key"), rs.getString("recipient"),
                            rs.getString("kind"), rs.getString("subject"), rs.getString("html"), rs.getString("text"),
                            Sql.string(rs, "calendar"));
                    out.add(new QueuedMessage(rs.getLong("id"), m, rs.getInt("attempts")));
                }
            }
            out.sort(Comparator.comparingLong(QueuedMessage::id));
            return out;
        });
    }

    @Override
    public boolean holdsMessage(long id, Instant now) {
        return db.write("renew claim of message " + id, c -> Sql.update(c, "UPDATE outbox SET claim_until = ? WHERE "
                + "id = ? AND claimed_by = ? AND sent_at IS NULL AND rejected_at IS NULL", until(now), id,
                node.id()) == 1);
    }

    @Override
    public boolean claimTask(String task, Instant now) {
        return db.write("claim task " + task, c -> {
            Sql.update(c, "INSERT INTO cluster_task (name) VALUES (?) ON CONFLICT DO NOTHING", task);
            return Sql.update(c, "UPDATE cluster_task SET owner = ?, lease_until = ? WHERE name = (SELECT name FROM "
                    + "cluster_task WHERE name = ? AND (owner IS NULL OR owner = ? OR lease_until < ?) FOR UPDATE SKIP "
                    + "LOCKED)", node.id(), until(now), task, node.id(), now.toEpochMilli()) == 1;
        });
    }

    @Override
    public void releaseTask(String task) {
        db.write("release task " + task, c -> Sql.update(c, "UPDATE cluster_task SET owner = NULL, lease_until = NULL "
                + "WHERE name = ? AND owner = ?", task, node.id()));
    }

    @Override
    public void checkIn(Instant now) {
        db.write("check in node " + node.id(), c -> {
            Sql.update(c, "INSERT INTO cluster_node (id, name, started_at, checked_in_at) VALUES (?, ?, ?, ?) ON "
                    + "CONFLICT (id) DO UPDATE SET checked_in_at = excluded.checked_in_at, stopped_at = NULL", node.id(),
                    node.name(), startedAt.toEpochMilli(), now.toEpochMilli());
            renew(c, until(now));
            Sql.update(c, "DELETE FROM cluster_node WHERE checked_in_at < ?", now.minus(FORGET_NODES).toEpochMilli());
            return null;
        });
    }

    /** Moves every lease this node holds to {@code until}. */
    private void renew(Connection c, long until) throws SQLException {
        Sql.update(c, "UPDATE source_state SET lease_until = ? WHERE lease_owner = ?", until, node.id());
        Sql.update(c, "UPDATE outbox SET claim_until = ? WHERE claimed_by = ?", until, node.id());
        Sql.update(c, "UPDATE cluster_task SET lease_until = ? WHERE owner = ?", until, node.id());
    }

    @Override
    public void leave(Instant now) {
        db.write("node " + node.id() + " leaves", c -> {
            Sql.update(c, "UPDATE source_state SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = ?",
                    node.id());
            Sql.update(c, "UPDATE outbox SET claimed_by = NULL, claim_until = NULL WHERE claimed_by = ?", node.id());
            Sql.update(c, "UPDATE cluster_task SET owner = NULL, lease_until = NULL WHERE owner = ?", node.id());
            Sql.update(c, "UPDATE cluster_node SET stopped_at = ?, checked_in_at = ? WHERE id = ?", now.toEpochMilli(),
                    now.toEpochMilli(), node.id());
            return null;
        });
    }

    private static long until(Instant now) {
        return now.plus(LEASE).toEpochMilli();
    }
}
