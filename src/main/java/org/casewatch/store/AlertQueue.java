package org.casewatch.store;

import org.casewatch.model.Item;
import org.casewatch.model.Mention;
import org.casewatch.model.OutgoingMessage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Immediate alerts waiting to be batched: one row per (recipient, story), so a story alerts a recipient
 * once however many sources carry it; a batch becomes one outbox message in the same transaction that
 * marks its rows sent to the outbox.
 */
public final class AlertQueue {

    private final Database db;

    public AlertQueue(Database db) {
        this.db = db;
    }

    /** Queues inside the item's transaction; false when this recipient already has this story. */
    static boolean add(Connection c, AlertTarget target, long storyId, long itemId, Instant now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO alert_pending (recipient, story_id, item_id, "
                + "person_ids, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (recipient, story_id) DO NOTHING")) {
            st.setString(1, target.recipient().toLowerCase(Locale.ROOT));
            st.setLong(2, storyId);
            st.setLong(3, itemId);
            st.setString(4, String.join(",", target.personIds()));
            st.setLong(5, now.toEpochMilli());
            return st.executeUpdate() == 1;
        }
    }

    /** Recipients whose oldest waiting alert was queued at or before {@code cutoff}. */
    public List<String> recipientsDue(Instant cutoff) {
        return db.read("find alert batches due", c -> Sql.strings(c, "SELECT recipient FROM alert_pending WHERE "
                + "batched_at IS NULL GROUP BY recipient HAVING MIN(created_at) <= ? ORDER BY MIN(created_at)",
                cutoff.toEpochMilli()));
    }

    /** A recipient's waiting alerts, oldest first, with their items, mentions and later copies. */
    public List<QueuedAlert> waiting(String recipient) {
        return db.read("read waiting alerts", c -> {
            List<QueuedAlert> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT p.id, p.story_id, p.item_id, p.person_ids, i.source_id, "
                    + "i.guid, i.link, i.title, i.body, i.published_at FROM alert_pending p JOIN item i ON i.id = p.item_id "
                    + "WHERE p.recipient = ? AND p.batched_at IS NULL ORDER BY p.id")) {
                st.setString(1, recipient);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        long itemId = rs.getLong("item_id");
                        Item item = new Item(rs.getString("guid"), rs.getString("link"), rs.getString("title"),
                                rs.getString("body"), Sql.instant(rs, "published_at"));
                        List<String> persons = Arrays.asList(rs.getString("person_ids").split(","));
                        out.add(new QueuedAlert(rs.getLong("id"), rs.getLong("story_id"), rs.getString("source_id"), item,
                                persons, List.of(), List.of()));
                    }
                }
            }
            List<QueuedAlert> full = new ArrayList<>();
            for (QueuedAlert a : out) {
                full.add(new QueuedAlert(a.id(), a.storyId(), a.sourceId(), a.item(), a.personIds(),
                        mentions(c, a), copies(c, a)));
            }
            return full;
        });
    }

    /** Queues the batch's message and marks its alerts as batched, together. */
    public boolean commit(List<QueuedAlert> batch, OutgoingMessage message, Instant now) {
        return db.write("queue alert batch " + message.key(), c -> {
            boolean queued = OutboxRepository.enqueue(c, message, now);
            try (PreparedStatement st = c.prepareStatement("UPDATE alert_pending SET batched_at = ? WHERE id = ?")) {
                for (QueuedAlert a : batch) {
                    st.setLong(1, now.toEpochMilli());
                    st.setLong(2, a.id());
                    st.addBatch();
                }
                st.executeBatch();
            }
            return queued;
        });
    }

    private static List<Mention> mentions(Connection c, QueuedAlert a) throws SQLException {
        List<Mention> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT m.* FROM mention m JOIN alert_pending p ON p.item_id = "
                + "m.item_id WHERE p.id = ? ORDER BY m.start_at")) {
            st.setLong(1, a.id());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    if (a.personIds().contains(rs.getString("person_id"))) {
                        out.add(new Mention(rs.getString("person_id"), rs.getString("surface"), rs.getInt("start_at"),
                                rs.getInt("end_at"), rs.getString("snippet"), rs.getInt("snippet_start"),
                                rs.getInt("snippet_end"), rs.getDouble("confidence"), rs.getString("rule")));
                    }
                }
            }
        }
        return out;
    }

    private static List<String> copies(Connection c, QueuedAlert a) throws SQLException {
        // Each source once, in the order the story reached it (PostgreSQL orders DISTINCT rows only by what they hold).
        return Sql.strings(c, "SELECT source_id FROM item WHERE story_id = ? AND source_id <> ? GROUP BY source_id "
                + "ORDER BY MIN(id)", a.storyId(), a.sourceId());
    }

}
