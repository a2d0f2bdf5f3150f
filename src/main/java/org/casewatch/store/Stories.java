package org.casewatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups items into stories inside the item's transaction: the same canonical link, the same guid, or text that
 * mostly contains the other's (by bottom-k sketches), within the last two weeks, makes an item a copy of an
 * earlier story. Candidates are found through a few of the sketch's hashes, each looked up among the newest
 * items holding it only, so the cost does not grow with the number of stored items.
 */
final class Stories {

    static final Duration WINDOW = Duration.ofDays(14);
    private static final int MIN_SHARED_HASHES = 3;
    private static final int MAX_CANDIDATES = 5;
    /** How many of the sketch's hashes are looked up, and how many items each lookup may return. */
    private static final int PROBES = 16;
    private static final int PER_PROBE = 50;

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
        long[] probes = Arrays.copyOf(sketch.hashes(), Math.min(PROBES, sketch.hashes().length));
        if (probes.length == 0) {
            return null;
        }
        // Each probe looks at the newest items holding that shingle only: a stock phrase ("the court said on")
        // shared by thousands of items must not make every lookup scan all of them.
        Map<Long, Integer> shared = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT s.item_id FROM story_shingle s WHERE s.hash = ? AND "
                + "s.item_id <> ? ORDER BY s.item_id DESC LIMIT ?")) {
            for (long h : probes) {
                st.setLong(1, h);
                st.setLong(2, itemId);
                st.setInt(3, PER_PROBE);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        shared.merge(rs.getLong(1), 1, Integer::sum);
                    }
                }
            }
        }
        int needed = Math.min(MIN_SHARED_HASHES, probes.length);
        List<Long> candidates = shared.entrySet().stream().filter(e -> e.getValue() >= needed)
                .sorted((a, b) -> b.getValue() - a.getValue()).limit(MAX_CANDIDATES).map(Map.Entry::getKey).toList();
        for (long candidate : candidates) {
            Long[] story = storyOf(c, candidate, since);
            if (story != null && sketch.sameStory(new TextSketch(hashes(c, candidate), story[1].intValue()))) {
                return story[0];
            }
        }
        return null;
    }

    /** The candidate's story id and shingle count, if it was seen within the window. */
    private static Long[] storyOf(Connection c, long itemId, long since) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT story_id, shingles FROM item WHERE id = ? AND seen_at >= ?")) {
            st.setLong(1, itemId);
            st.setLong(2, since);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? new Long[]{rs.getLong(1), rs.getLong(2)} : null;
            }
        }
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
        try (PreparedStatement st = Sql.prepare(c, sql, params); ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }
}
