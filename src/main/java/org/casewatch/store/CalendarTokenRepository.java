package org.casewatch.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** Private calendar addresses, one active per staff member, kept only as the SHA-256 hash of their token. */
public final class CalendarTokenRepository {

    private final Database db;

    public CalendarTokenRepository(Database db) {
        this.db = db;
    }

    /** Revokes the staff member's calendar address, if any, and records the new one. */
    public void replace(String email, String tokenHash, Instant now) {
        String key = email.toLowerCase(Locale.ROOT);
        db.write("new calendar address", c -> {
            Sql.update(c, "UPDATE calendar_token SET revoked_at = ? WHERE email = ? AND revoked_at IS NULL",
                    now.toEpochMilli(), key);
            Sql.update(c, "INSERT INTO calendar_token (token_hash, email, created_at) VALUES (?, ?, ?)", tokenHash, key,
                    now.toEpochMilli());
            return null;
        });
    }

    public boolean revoke(String email, Instant now) {
        return db.write("revoke calendar address", c -> Sql.update(c, "UPDATE calendar_token SET revoked_at = ? WHERE "
                + "email = ? AND revoked_at IS NULL", now.toEpochMilli(), email.toLowerCase(Locale.ROOT)) > 0);
    }

    /** When the staff member's active calendar address was made, if she has one. */
    public Optional<Instant> activeSince(String email) {
        return db.read("read calendar address", c -> {
            try (PreparedStatement st = Sql.prepare(c, "SELECT created_at FROM calendar_token WHERE email = ? AND "
                    + "revoked_at IS NULL", email.toLowerCase(Locale.ROOT)); ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(Instant.ofEpochMilli(rs.getLong(1))) : Optional.empty();
            }
        });
    }

    /** Whose calendar a token opens, unless it was revoked. */
    public Optional<String> owner(String tokenHash) {
        return db.read("find calendar address", c -> Sql.strings(c, "SELECT email FROM calendar_token WHERE token_hash "
                + "= ? AND revoked_at IS NULL", tokenHash).stream().findFirst());
    }
}
