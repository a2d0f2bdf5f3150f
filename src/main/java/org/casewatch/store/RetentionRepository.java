package org.casewatch.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Forgets what casewatch no longer needs, so that old articles and emails about persons do not pile up for
 * years: the text of items first seen before a cutoff (body, story sketch, the snippets of their mentions) and
 * the bodies of messages sent or rejected before it. The rows stay: an item is still known by its key and
 * content hash, so it is never taken for new again, and a message's key still stops it being queued twice.
 */
public final class RetentionRepository {

    private final Database db;

    public RetentionRepository(Database db) {
        this.db = db;
    }

    /** How many items and messages lost their text. */
    public record Forgotten(int items, int messages) {
    }

    private record Sketched(long id, long[] hashes) {
    }

    public Forgotten forgetBefore(Instant cutoff) {
        long at = cutoff.toEpochMilli();
        return db.write("forget text from before " + cutoff, c -> {
            // An item's shingle rows are found by hash, from the sketch kept on its row.
            List<Sketched> sketched = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT id, sketch FROM item WHERE seen_at < ? "
                    + "AND sketch <> ''")) {
                st.setLong(1, at);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        sketched.add(new Sketched(rs.getLong(1), TextSketch.parse(rs.getString(2), 0).hashes()));
                    }
                }
            }
            try (PreparedStatement st = c.prepareStatement("DELETE FROM story_shingle WHERE hash = ? AND item_id = ?")) {
                for (Sketched item : sketched) {
                    for (long hash : item.hashes()) {
                        st.setLong(1, hash);
                        st.setLong(2, item.id());
                        st.addBatch();
                    }
                }
                st.executeBatch();
            }
            Sql.update(c, "UPDATE mention SET snippet = '', snippet_start = 0, snippet_end = 0 WHERE snippet <> '' "
                    + "AND item_id IN (SELECT id FROM item WHERE seen_at < ?)", at);
            int items = Sql.update(c, "UPDATE item SET body = '', sketch = '' WHERE seen_at < ? "
                    + "AND (body <> '' OR sketch <> '')", at);
            int messages = Sql.update(c, "UPDATE outbox SET html = '', text = '', calendar = NULL "
                    + "WHERE (text <> '' OR html <> '') AND (sent_at < ? OR rejected_at < ?)", at, at);
            return new Forgotten(items, messages);
        });
    }
}
