package org.casewatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Console sessions, server-side in the database (a restart or a second node keeps them), found by the SHA-256
 * hash of their token: the token itself is only ever in the staff member's cookie.
 */
public final class SessionRepository {

    private final Database db;

    public SessionRepository(Database db) {
        this.db = db;
    }

    /** Starts a session; the caller has made the token and keeps only its hash here. */
    public long start(String tokenHash, String email, String client, String userAgent, Instant now) {
        return db.write("start session", c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO web_session (token_hash, email, created_at, "
                    + "last_seen_at, client, user_agent) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")) {
                st.setString(1, tokenHash);
                st.setString(2, email.toLowerCase(Locale.ROOT));
                st.setLong(3, now.toEpochMilli());
                st.setLong(4, now.toEpochMilli());
                st.setString(5, client);
                st.setString(6, userAgent);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** The session with this token hash, unless it was ended. */
    public Optional<WebSession> find(String tokenHash) {
        return db.read("find session", c -> one(c, "SELECT * FROM web_session WHERE token_hash = ? AND ended_at IS NULL",
                tokenHash));
    }

    public void touch(long id, Instant now) {
        db.write("touch session " + id, c -> Sql.update(c, "UPDATE web_session SET last_seen_at = ? WHERE id = ?",
                now.toEpochMilli(), id));
    }

    /** Ends one of the staff member's own sessions; false when it is not hers or already ended. */
    public boolean end(long id, String email, Instant now) {
        return db.write("end session " + id, c -> Sql.update(c, "UPDATE web_session SET ended_at = ? WHERE id = ? AND "
                + "email = ? AND ended_at IS NULL", now.toEpochMilli(), id, email.toLowerCase(Locale.ROOT)) == 1);
    }

    /** Ends the session with this token hash, whoever's it is (sign-out, rotation at sign-in, expiry). */
    public void endByHash(String tokenHash, Instant now) {
        db.write("end session", c -> Sql.update(c, "UPDATE web_session SET ended_at = ? WHERE token_hash = ? AND "
                + "ended_at IS NULL", now.toEpochMilli(), tokenHash));
    }

    /** The staff member's sessions not ended and seen since {@code seenSince}, newest first. */
    public List<WebSession> active(String email, Instant seenSince) {
        return db.read("list sessions", c -> {
            List<WebSession> out = new ArrayList<>();
            try (PreparedStatement st = Sql.prepare(c, "SELECT * FROM web_session WHERE email = ? AND ended_at IS NULL "
                    + "AND last_seen_at >= ? ORDER BY last_seen_at DESC, id DESC", email.toLowerCase(Locale.ROOT),
                    seenSince.toEpochMilli()); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(session(rs));
                }
            }
            return out;
        });
    }

    private static Optional<WebSession> one(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement st = Sql.prepare(c, sql, params); ResultSet rs = st.executeQuery()) {
            return rs.next() ? Optional.of(session(rs)) : Optional.empty();
        }
    }

    private static WebSession session(ResultSet rs) throws SQLException {
        return new WebSession(rs.getLong("id"), rs.getString("email"), Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("last_seen_at")), rs.getString("client"), rs.getString("user_agent"));
    }
}
