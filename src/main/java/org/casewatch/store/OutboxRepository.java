package org.casewatch.store;

import org.casewatch.model.OutgoingMessage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The outbox: messages are queued with a unique key in the transaction that caused them, and leave only
 * when a transport accepted them (sent) or refused them for good (rejected). Nothing is ever dropped.
 */
public final class OutboxRepository {

    /** A delivery attempt ends the claim on the message (see {@link SharedClaims}), whoever held it. */
    private static final String UNCLAIMED = "claimed_by = NULL, claim_until = NULL";

    private final Database db;

    public OutboxRepository(Database db) {
        this.db = db;
    }

    /** Queues inside the caller's transaction; false when a message with that key was queued before. */
    static boolean enqueue(Connection c, OutgoingMessage m, Instant now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO outbox (dedupe_key, recipient, kind, subject, "
                + "html, text, created_at, next_attempt_at, calendar) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (dedupe_key) DO NOTHING")) {
            st.setString(1, m.key());
            st.setString(2, m.recipient());
            st.setString(3, m.kind());
            st.setString(4, m.subject());
            st.setString(5, m.html());
            st.setString(6, m.text());
            st.setLong(7, now.toEpochMilli());
            st.setLong(8, now.toEpochMilli());
            Sql.setString(st, 9, m.calendar());
            return st.executeUpdate() == 1;
        }
    }

    public boolean enqueue(OutgoingMessage message, Instant now) {
        return db.write("queue message " + message.key(), c -> enqueue(c, message, now));
    }

    /** Messages not yet sent or rejected whose next attempt is due, oldest first. */
    public List<QueuedMessage> due(Instant now, int limit) {
        return db.read("read due messages", c -> {
            List<QueuedMessage> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT * FROM outbox WHERE sent_at IS NULL AND "
                    + "rejected_at IS NULL AND next_attempt_at <= ? ORDER BY id LIMIT ?")) {
                st.setLong(1, now.toEpochMilli());
                st.setInt(2, limit);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        OutgoingMessage m = new OutgoingMessage(rs.getString("dedupe_key"), rs.getString("recipient"),
                                rs.getString("kind"), rs.getString("subject"), rs.getString("html"),
                                rs.getString("text"), Sql.string(rs, "calendar"));
                        out.add(new QueuedMessage(rs.getLong("id"), m, rs.getInt("attempts")));
                    }
                }
            }
            return out;
        });
    }

    public void markSent(long id, Instant at) {
        update("mark message " + id + " sent", "UPDATE outbox SET sent_at = ?, attempts = attempts + 1, "
                + "last_error = NULL, " + UNCLAIMED + " WHERE id = ?", at.toEpochMilli(), id);
    }

    public void markRetry(long id, Instant nextAttempt, String error) {
        update("schedule retry of message " + id, "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, "
                + "last_error = ?, " + UNCLAIMED + " WHERE id = ?", nextAttempt.toEpochMilli(), error, id);
    }

    public void markRejected(long id, Instant at, String error) {
        update("mark message " + id + " rejected", "UPDATE outbox SET attempts = attempts + 1, rejected_at = ?, "
                + "last_error = ?, " + UNCLAIMED + " WHERE id = ?", at.toEpochMilli(), error, id);
    }

    public OutboxCounts counts() {
        return db.read("count outbox", c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT "
                    + "SUM(CASE WHEN sent_at IS NULL AND rejected_at IS NULL THEN 1 ELSE 0 END), "
                    + "SUM(CASE WHEN sent_at IS NOT NULL THEN 1 ELSE 0 END), "
                    + "SUM(CASE WHEN rejected_at IS NOT NULL THEN 1 ELSE 0 END) FROM outbox");
                 ResultSet rs = st.executeQuery()) {
                rs.next();
                return new OutboxCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3));
            }
        });
    }

    private void update(String what, String sql, Object... params) {
        db.write(what, c -> {
            Sql.update(c, sql, params);
            return null;
        });
    }
}
