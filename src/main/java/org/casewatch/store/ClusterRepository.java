package org.casewatch.store;

import org.casewatch.model.Node;
import org.casewatch.model.NodeStatus;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The nodes that ran against this database and what each holds now, for {@code casewatch cluster}. */
public final class ClusterRepository {

    private final Database db;

    public ClusterRepository(Database db) {
        this.db = db;
    }

    /** Every node seen in the last week, by name then start; alive when it checked in within a lease and has not left. */
    public List<NodeStatus> nodes(Instant now) {
        return db.read("read cluster nodes", c -> {
            Map<String, List<String>> sources = holdings(c, "SELECT lease_owner, source_id FROM source_state WHERE "
                    + "lease_owner IS NOT NULL ORDER BY source_id");
            Map<String, List<String>> tasks = holdings(c, "SELECT owner, name FROM cluster_task WHERE owner IS NOT NULL "
                    + "ORDER BY name");
            Map<String, Integer> messages = new HashMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT claimed_by, COUNT(*) FROM outbox WHERE claimed_by IS "
                    + "NOT NULL AND sent_at IS NULL AND rejected_at IS NULL GROUP BY claimed_by");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    messages.put(rs.getString(1), rs.getInt(2));
                }
            }
            List<NodeStatus> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT id, name, started_at, checked_in_at, stopped_at FROM "
                    + "cluster_node ORDER BY name, started_at"); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString("id");
                    Instant checkedIn = Instant.ofEpochMilli(rs.getLong("checked_in_at"));
                    Optional<Instant> stopped = Sql.instant(rs, "stopped_at");
                    boolean alive = stopped.isEmpty() && !checkedIn.plus(SharedClaims.LEASE).isBefore(now);
                    out.add(new NodeStatus(new Node(id, rs.getString("name")),
                            Instant.ofEpochMilli(rs.getLong("started_at")), checkedIn, stopped, alive,
                            sources.getOrDefault(id, List.of()), messages.getOrDefault(id, 0),
                            tasks.getOrDefault(id, List.of())));
                }
            }
            return out;
        });
    }

    private static Map<String, List<String>> holdings(java.sql.Connection c, String sql) throws java.sql.SQLException {
        Map<String, List<String>> out = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return out;
    }
}
