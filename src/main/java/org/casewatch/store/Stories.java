package org.casewatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups items into stories inside the item's transaction: the same canonical link, the same guid, or text that
 * mostly contains the other's (by bottom-k sketches), within the last two weeks, makes an item a copy of an
 * earlier story. Candidates are found through the shared sketch hashes, so the cost does not grow with
 * the number of stored items.
 */
final class Stories {

    static final Duration WINDOW = Duration.ofDays(14);
    private static final int MIN_SHARED_HASHES = 3;
    private static final int MAX_CANDIDATES = 20;

    private Stories() {
    }

    /** Records the item's sketch and story; returns the story id (its own id when it starts a story). */
    static long assign(Connection c, long itemId, String guid, String canonicalLink, TextSketch sketch, Instant now)
            throws SQLException {
        long since = now.minus(WINDOW).toEpochMilli();
        Long story = canonicalLink.isEmpty() ? null : first(c, "SELECT story_id FROM item WHERE canonical_link = ? "
                + "AND id <> ? AND seen_at >= ? ORDER BY id LIMIT 1", canonicalLink, itemId, since);
        if (story == null && !guid.isBlank()) {
            // Syndicated copies keep the original's guid (a URL or URN) in every feed that republishes them.
            story = first(c, "SELECT story_id FROM item WHERE guid = ? AND id <> ? AND seen_at >= ? ORDER BY id LIMIT 1",
                    guid, itemId, since);
        }
        if (story == null) {
            story = similar(c, itemId, sketch, since);
        }
        long storyId = story == null ? itemId : story;
        try (PreparedStatement st = c.prepareStatement("UPDATE item SET story_id = ?, canonical_link = ?, shingles = ? "
                + "WHERE id = ?")) {
            st.setLong(1, storyId);
            st.setString(2, canonicalLink);
            st.setInt(3, sketch.size());
            st.setLong(4, itemId);
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO story_shingle (hash, item_id) VALUES (?, ?)")) {
            for (long h : sketch.hashes()) {
                st.setLong(1, h);
                st.setLong(2, itemId);
                st.addBatch();
            }
            st.executeBatch();
        }
        return storyId;
    }


    private static Long similar(Connection c, long itemId, TextSketch sketch, long since) throws SQLException {
        if (sketch.hashes().length == 0) {
            return null;
        }
        String marks = String.join(",", java.util.Collections.nCopies(sketch.hashes().length, "?"));
        List<long[]> candidates = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT s.item_id, i.story_id, i.shingles FROM story_shingle s "
                + "JOIN item i ON i.id = s.item_id WHERE s.hash IN (" + marks + ") AND s.item_id <> ? AND i.seen_at >= ? "
                + "GROUP BY s.item_id HAVING COUNT(*) >= ? ORDER BY COUNT(*) DESC LIMIT ?")) {
            int p = 1;
            for (long h : sketch.hashes()) {
                st.setLong(p++, h);
            }
            st.setLong(p++, itemId);
            st.setLong(p++, since);
            st.setInt(p++, Math.min(MIN_SHARED_HASHES, sketch.hashes().length));
            st.setInt(p, MAX_CANDIDATES);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    candidates.add(new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3)});
                }
            }
        }
        for (long[] candidate : candidates) {
            if (sketch.sameStory(new TextSketch(hashes(c, candidate[0]), (int) candidate[2]))) {
                return candidate[1];
            }
        }
        return null;
    }

    private static long[] hashes(Connection c, long itemId) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT hash FROM story_shingle WHERE item_id = ? ORDER BY hash")) {
            st.setLong(1, itemId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    private static Long first(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }
}
