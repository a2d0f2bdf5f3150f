package org.casewatch.store;

import org.casewatch.model.OutgoingMessage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/** Open and closed operator notices per source and kind, each change written with its message. */
public final class SourceNoticeRepository {

    private final Database db;

    public SourceNoticeRepository(Database db) {
        this.db = db;
    }

    public Optional<Long> open(String sourceId, String kind) {
        return db.read("read notice of " + sourceId, c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT id FROM source_notice WHERE source_id = ? AND kind = ? "
                    + "AND closed_at IS NULL")) {
                st.setString(1, sourceId);
                st.setString(2, kind);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
                }
            }
        });
    }

    /** Opens a notice and queues its message together. */
    public void opened(String sourceId, String kind, OutgoingMessage message, Instant now) {
        db.write("open notice of " + sourceId, c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO source_notice (source_id, kind, opened_at) "
                    + "VALUES (?, ?, ?)")) {
                st.setString(1, sourceId);
                st.setString(2, kind);
                st.setLong(3, now.toEpochMilli());
                st.executeUpdate();
            }
            OutboxRepository.enqueue(c, message, now);
            return null;
        });
    }

    /** Closes a notice and queues the recovery message together. */
    public void closed(long noticeId, OutgoingMessage message, Instant now) {
        db.write("close notice " + noticeId, c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE source_notice SET closed_at = ? WHERE id = ?")) {
                st.setLong(1, now.toEpochMilli());
                st.setLong(2, noticeId);
                st.executeUpdate();
            }
            OutboxRepository.enqueue(c, message, now);
            return null;
        });
    }

    /** Closes a notice that needs no message of its own (the operator was told what to expect). */
    public void closedQuietly(long noticeId, Instant now) {
        db.write("close notice " + noticeId, c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE source_notice SET closed_at = ? WHERE id = ?")) {
                st.setLong(1, now.toEpochMilli());
                st.setLong(2, noticeId);
                st.executeUpdate();
            }
            return null;
        });
    }
}
