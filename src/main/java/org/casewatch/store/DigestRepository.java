package org.casewatch.store;

import org.casewatch.model.StoryDigest;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What a digest reports for a period, and which digests went out (so each goes out once). */
public final class DigestRepository {

    private final Database db;

    public DigestRepository(Database db) {
        this.db = db;
    }

    /** Stories first seen in [from, to) that name a watched person, oldest first, with all their sources. */
    public List<StoryDigest> stories(Instant from, Instant to) {
        return db.read("read digest stories", c -> {
            Map<Long, String[]> first = new LinkedHashMap<>();
            Map<Long, Set<String>> persons = new LinkedHashMap<>();
            Map<Long, Optional<Instant>> published = new LinkedHashMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT i.story_id, i.title, i.link, i.published_at, "
                    + "m.person_id FROM item i JOIN mention m ON m.item_id = i.id WHERE i.id = i.story_id AND "
                    // A mention staff withdrew ("not this person") leaves the digest.
                    + "(m.review IS NULL OR m.review <> 'withdrawn') AND "
                    + "i.seen_at >= ? AND i.seen_at < ? ORDER BY i.id, m.start_at")) {
                st.setLong(1, from.toEpochMilli());
                st.setLong(2, to.toEpochMilli());
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        long story = rs.getLong("story_id");
                        first.putIfAbsent(story, new String[]{rs.getString("title"), rs.getString("link")});
                        published.putIfAbsent(story, Sql.instant(rs, "published_at"));
                        persons.computeIfAbsent(story, s -> new LinkedHashSet<>()).add(rs.getString("person_id"));
                    }
                }
            }
            List<StoryDigest> out = new ArrayList<>();
            for (Map.Entry<Long, String[]> e : first.entrySet()) {
                // Every source that carried the story, the first to carry it first.
                List<String> sources = Sql.strings(c, "SELECT source_id FROM item WHERE story_id = ? ORDER BY id",
                        e.getKey()).stream().distinct().toList();
                out.add(new StoryDigest(e.getKey(), e.getValue()[0], e.getValue()[1], published.get(e.getKey()), sources,
                        new ArrayList<>(persons.get(e.getKey()))));
            }
            return out;
        });
    }

    /** Sources with no new item since {@code since} (that have been polled successfully at least once). */
    public List<String> silentSources(Instant since) {
        return db.read("read silent sources", c -> Sql.strings(c, "SELECT s.source_id FROM source_state s WHERE "
                + "s.last_success_at IS NOT NULL AND COALESCE((SELECT MAX(seen_at) FROM item i WHERE i.source_id = "
                + "s.source_id), 0) < ? ORDER BY s.source_id", since.toEpochMilli()));
    }

    /** Whether any digest period was recorded for the recipient yet. */
    public boolean started(String recipient) {
        return db.read("read digest runs", c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM digest_run WHERE recipient = ? LIMIT 1")) {
                st.setString(1, recipient);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    public boolean done(String recipient, Instant periodEnd) {
        return db.read("read digest run", c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM digest_run WHERE recipient = ? AND period_end = ?")) {
                st.setString(1, recipient);
                st.setLong(2, periodEnd.toEpochMilli());
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** Records the run and queues its message (if any) together. */
    public void record(String recipient, Instant periodEnd, Optional<org.casewatch.model.OutgoingMessage> message,
                       Instant now) {
        db.write("record digest for " + recipient, c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO digest_run (recipient, period_end, sent) VALUES "
                    + "(?, ?, ?) ON CONFLICT DO NOTHING")) {
                st.setString(1, recipient);
                st.setLong(2, periodEnd.toEpochMilli());
                st.setInt(3, message.isPresent() ? 1 : 0);
                if (st.executeUpdate() == 1 && message.isPresent()) {
                    OutboxRepository.enqueue(c, message.get(), now);
                }
            }
            return null;
        });
    }
}
