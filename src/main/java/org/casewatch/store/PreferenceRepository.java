package org.casewatch.store;

import org.casewatch.model.AlertMode;
import org.casewatch.model.Follows;
import org.casewatch.model.StaffPreferences;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What each staff member chose in the console (subscriptions), by lower-case address. */
public final class PreferenceRepository {

    private final Database db;

    public PreferenceRepository(Database db) {
        this.db = db;
    }

    public Map<String, StaffPreferences> all() {
        return db.read("read staff preferences", c -> {
            Map<String, StaffPreferences> out = new HashMap<>();
            for (String email : Sql.strings(c, "SELECT email FROM staff_preference")) {
                out.put(email, read(c, email));
            }
            return out;
        });
    }

    public StaffPreferences find(String email) {
        String key = email.toLowerCase(Locale.ROOT);
        return db.read("read preferences of " + key, c -> read(c, key));
    }

    /** Replaces the staff member's choices. */
    public void save(StaffPreferences p, Instant now) {
        String key = p.email().toLowerCase(Locale.ROOT);
        db.write("save preferences of " + key, c -> {
            Sql.update(c, "DELETE FROM staff_follow WHERE email = ?", key);
            Sql.update(c, "INSERT INTO staff_preference (email, language, alerts, reminders, follows, updated_at) VALUES "
                    + "(?, ?, ?, ?, ?, ?) ON CONFLICT (email) DO UPDATE SET language = excluded.language, alerts = "
                    + "excluded.alerts, reminders = excluded.reminders, follows = excluded.follows, updated_at = "
                    + "excluded.updated_at", key, p.language().orElse(null),
                    p.alerts().map(a -> a.name().toLowerCase(Locale.ROOT)).orElse(null),
                    p.reminders().map(r -> r ? 1 : 0).orElse(null),
                    p.follows().map(f -> f.all() ? "all" : "some").orElse(null), now.toEpochMilli());
            if (p.follows().isPresent() && !p.follows().get().all()) {
                for (String id : p.follows().get().personIds()) {
                    Sql.update(c, "INSERT INTO staff_follow (email, kind, value) VALUES (?, 'person', ?)", key, id);
                }
                for (String tag : p.follows().get().tags()) {
                    Sql.update(c, "INSERT INTO staff_follow (email, kind, value) VALUES (?, 'tag', ?)", key, tag);
                }
            }
            return null;
        });
    }

    private static StaffPreferences read(Connection c, String email) throws SQLException {
        try (PreparedStatement st = Sql.prepare(c, "SELECT * FROM staff_preference WHERE email = ?", email);
             ResultSet rs = st.executeQuery()) {
            if (!rs.next()) {
                return StaffPreferences.none(email);
            }
            Optional<String> language = Sql.string(rs, "language");
            Optional<AlertMode> alerts = Sql.string(rs, "alerts").map(a -> AlertMode.valueOf(a.toUpperCase(Locale.ROOT)));
            int reminders = rs.getInt("reminders");
            Optional<Boolean> remind = rs.wasNull() ? Optional.empty() : Optional.of(reminders == 1);
            Optional<String> follows = Sql.string(rs, "follows");
            Instant updated = Instant.ofEpochMilli(rs.getLong("updated_at"));
            Optional<Follows> f = follows.isEmpty() ? Optional.empty() : follows.get().equals("all")
                    ? Optional.of(Follows.everyone()) : Optional.of(follows(c, email));
            return new StaffPreferences(email, language, alerts, remind, f, updated);
        }
    }

    private static Follows follows(Connection c, String email) throws SQLException {
        Set<String> persons = new HashSet<>(Sql.strings(c, "SELECT value FROM staff_follow WHERE email = ? AND kind = "
                + "'person'", email));
        Set<String> tags = new HashSet<>(Sql.strings(c, "SELECT value FROM staff_follow WHERE email = ? AND kind = 'tag'",
                email));
        return new Follows(false, persons, tags);
    }
}
