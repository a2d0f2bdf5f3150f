package org.casewatch.store;

import org.casewatch.model.Mention;
import org.casewatch.model.NameExclusion;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Stored mentions as the console shows them, and what staff decide about them: "not this person" withdraws a
 * mention from digests and may exclude its written form for that person from the next cycle on.
 */
public final class MentionRepository {

    private static final String SELECT = "SELECT m.*, i.source_id, i.title, i.link, i.published_at, i.seen_at "
            + "FROM mention m JOIN item i ON i.id = m.item_id ";

    private final Database db;

    public MentionRepository(Database db) {
        this.db = db;
    }

    /** Mentions of the given persons in items first seen since {@code since}, newest first. */
    public List<StoredMention> recent(Collection<String> personIds, Instant since, int limit) {
        return db.read("read recent mentions", c -> filtered(c, SELECT + "WHERE i.seen_at >= ? ORDER BY COALESCE(i.published_at, "
                + "i.seen_at) DESC, i.id DESC, m.start_at", personIds, limit, since.toEpochMilli()));
    }

    /** One person's mentions, newest first. */
    public List<StoredMention> ofPerson(String personId, int limit) {
        return db.read("read mentions of " + personId, c -> filtered(c, SELECT + "WHERE m.person_id = ? ORDER BY "
                + "i.seen_at DESC, i.id DESC, m.start_at", List.of(personId), limit, personId));
    }

    public Optional<StoredMention> find(long id) {
        return db.read("read mention " + id, c -> filtered(c, SELECT + "WHERE m.id = ?", null, 1, id).stream().findFirst());
    }

    /** Marks a mention as rightly attributed; it leaves the review list. */
    public boolean keep(long id, String by, Instant now) {
        return db.write("keep mention " + id, c -> Sql.update(c, "UPDATE mention SET review = 'kept', reviewed_by = ?, "
                + "reviewed_at = ? WHERE id = ?", by.toLowerCase(Locale.ROOT), now.toEpochMilli(), id) == 1);
    }

    /**
     * "Not this person": the mention no longer counts in digests; with {@code neverAgain}, its written form never
     * counts as that person again (from the next cycle, when the matcher is built with the exclusions).
     */
    public boolean withdraw(long id, boolean neverAgain, String by, Instant now) {
        return db.write("withdraw mention " + id, c -> {
            Optional<StoredMention> m = filtered(c, SELECT + "WHERE m.id = ?", null, 1, id).stream().findFirst();
            if (m.isEmpty()) {
                return false;
            }
            // Not this person in this item: every mention of the person in it goes, not only the one shown.
            Sql.update(c, "UPDATE mention SET review = 'withdrawn', reviewed_by = ?, reviewed_at = ? WHERE item_id = ? "
                    + "AND person_id = ?", by.toLowerCase(Locale.ROOT), now.toEpochMilli(), m.get().itemId(),
                    m.get().mention().personId());
            if (neverAgain) {
                Sql.update(c, "INSERT INTO name_exclusion (person_id, surface, created_by, created_at) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT DO NOTHING", m.get().mention().personId(), m.get().mention().surface(),
                        by.toLowerCase(Locale.ROOT), now.toEpochMilli());
            }
            return true;
        });
    }

    /** Every written form excluded in the console, by person and surface. */
    public List<NameExclusion> exclusions() {
        return db.read("read name exclusions", c -> {
            List<NameExclusion> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT person_id, surface, created_by, created_at FROM "
                    + "name_exclusion ORDER BY person_id, surface"); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new NameExclusion(rs.getString(1), rs.getString(2), rs.getString(3),
                            Instant.ofEpochMilli(rs.getLong(4))));
                }
            }
            return out;
        });
    }

    /** @param personIds null for any person */
    private static List<StoredMention> filtered(Connection c, String sql, Collection<String> personIds, int limit,
                                                Object... params) throws SQLException {
        List<StoredMention> out = new ArrayList<>();
        try (PreparedStatement st = Sql.prepare(c, sql, params); ResultSet rs = st.executeQuery()) {
            while (rs.next() && out.size() < limit) {
                String person = rs.getString("person_id");
                if (personIds != null && !personIds.contains(person)) {
                    continue;
                }
                Mention m = new Mention(person, rs.getString("surface"), rs.getInt("start_at"), rs.getInt("end_at"),
                        rs.getString("snippet"), rs.getInt("snippet_start"), rs.getInt("snippet_end"),
                        rs.getDouble("confidence"), rs.getString("rule"));
                out.add(new StoredMention(rs.getLong("id"), rs.getLong("item_id"), rs.getString("source_id"),
                        rs.getString("title"), rs.getString("link"), Sql.instant(rs, "published_at"),
                        Instant.ofEpochMilli(rs.getLong("seen_at")), m, Sql.string(rs, "review"),
                        Sql.string(rs, "reviewed_by")));
            }
        }
        return out;
    }
}
