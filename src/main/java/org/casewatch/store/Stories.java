package org.casewatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Groups items that name a watched person into stories inside the item's transaction: the same canonical link,
 * the same guid, or text that mostly contains the other's (by bottom-k sketches), within the last two weeks, makes
 * an item a copy of an earlier story. Candidates are found through a few of the sketch's hashes, each looked up
 * among the newest items holding it only, so the cost does not grow with the number of stored items.
 */
final class Stories {

    static final Duration WINDOW = Duration.ofDays(14);
    private static final int MIN_SHARED_HASHES = 3;
    private static final int MAX_CANDIDATES = 5;
    /** How many of the sketch's hashes are looked up, and how many items each lookup may return. */
    private static final int PROBES = 16;
    private static final int PER_PROBE = 50;
    private static final List<String> PROBE_SQL = probeStatements();

    private Stories() {
    }

    /** Makes the item a story of its own, findable by nothing else. */
    static long alone(Connection c, long itemId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE item SET story_id = id WHERE id = ?")) {
            st.setLong(1, itemId);
            st.executeUpdate();
        }
        return itemId;
    }

    /** Records the item's sketch and story; returns the story id (its own id when it starts a story). */
    static long assign(Connection c, long itemId, String guid, String canonicalLink, TextSketch sketch,
                       Set<String> personIds, Instant now) throws SQLException {
        long since = now.minus(WINDOW).toEpochMilli();
        Long story = canonicalLink.isEmpty() ? null : first(c, "SELECT story_id FROM item WHERE canonical_link = ? "
                + "AND id <> ? AND seen_at >= ? ORDER BY id LIMIT 1", canonicalLink, itemId, since);
        if (story == null && !guid.isBlank()) {
            // Syndicated copies keep the original's guid (a URL or URN) in every feed that republishes them.
            story = first(c, "SELECT story_id FROM item WHERE guid = ? AND id <> ? AND seen_at >= ? ORDER BY id LIMIT 1",
                    guid, itemId, since);
        }
        if (story == null) {
            story = similar(c, itemId, sketch, personIds, since);
        }
        long storyId = story == null ? itemId : story;
        try (PreparedStatement st = c.prepareStatement("UPDATE item SET story_id = ?, canonical_link = ?, shingles = ?, "
                + "sketch = ? WHERE id = ?")) {
            st.setLong(1, storyId);
            st.setString(2, canonicalLink);
            st.setInt(3, sketch.size());
            st.setString(4, sketch.text());
            st.setLong(5, itemId);
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


    private static Long similar(Connection c, long itemId, TextSketch sketch, Set<String> personIds, long since)
            throws SQLException {
        int probes = Math.min(PROBES, sketch.hashes().length);
        if (probes == 0) {
            return null;
        }
        List<Long> candidates = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(PROBE_SQL.get(probes - 1))) {
            int p = 1;
            for (int i = 0; i < probes; i++) {
                st.setLong(p++, sketch.hashes()[i]);
                st.setLong(p++, itemId);
            }
            st.setInt(p, Math.min(MIN_SHARED_HASHES, probes));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    candidates.add(rs.getLong(1));
                }
            }
        }
        for (long candidate : candidates) {
            Candidate other = candidate(c, candidate, since);
            // Templated texts (a court's press releases) read alike but are about different people: a copy names
            // every watched person the item names, or a person's own article would hide inside another's story.
            if (other != null && sketch.sameStory(other.sketch()) && names(c, candidate).containsAll(personIds)) {
                return other.story();
            }
        }
        return null;
    }

    /**
     * The items sharing at least {@code ?} of the probed hashes, most shared first. Each probe looks at the newest
     * items holding that shingle only: a stock phrase ("the court said on") shared by thousands of items must not
     * make every lookup scan all of them. One statement per number of probes, so SQLite does the counting.
     */
    private static List<String> probeStatements() {
        // Every subquery is named and HAVING repeats count(*): PostgreSQL (before 16) takes neither an unnamed
        // subquery nor an output name in HAVING, and SQLite takes both forms alike.
        String probe = "SELECT item_id FROM (SELECT item_id FROM story_shingle WHERE hash = ? AND item_id <> ? "
                + "ORDER BY item_id DESC LIMIT " + PER_PROBE + ") AS probe";
        List<String> out = new ArrayList<>();
        for (int n = 1; n <= PROBES; n++) {
            out.add("SELECT item_id, count(*) AS shared FROM (" + String.join(" UNION ALL ", Collections.nCopies(n, probe))
                    + ") AS probes GROUP BY item_id HAVING count(*) >= ? ORDER BY shared DESC, item_id DESC LIMIT "
                    + MAX_CANDIDATES);
        }
        return List.copyOf(out);
    }

    private record Candidate(long story, TextSketch sketch) {
    }

    /** The candidate's story and sketch, if it was seen within the window. */
    private static Candidate candidate(Connection c, long itemId, long since) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT story_id, shingles, sketch FROM item WHERE id = ? "
                + "AND seen_at >= ?")) {
            st.setLong(1, itemId);
            st.setLong(2, since);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? new Candidate(rs.getLong(1), TextSketch.parse(rs.getString(3), rs.getInt(2))) : null;
            }
        }
    }

    private static Set<String> names(Connection c, long itemId) throws SQLException {
        return new HashSet<>(Sql.strings(c, "SELECT DISTINCT person_id FROM mention WHERE item_id = ?", itemId));
    }

    private static Long first(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement st = Sql.prepare(c, sql, params); ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }
}
