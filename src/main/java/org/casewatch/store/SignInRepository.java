package org.casewatch.store;

import org.casewatch.model.OutgoingMessage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * One-time sign-in links, kept only as the SHA-256 hash of their token, and the attempts the rate limits count.
 * A link is written with its email in the outbox in one transaction.
 */
public final class SignInRepository {

    private final Database db;

    public SignInRepository(Database db) {
        this.db = db;
    }

    /** Sign-in requests for this subject (an address hash or a client) since {@code since}. */
    public int attemptsSince(String subject, Instant since) {
        return db.read("count sign-in attempts", c -> {
            try (PreparedStatement st = Sql.prepare(c, "SELECT COUNT(*) FROM login_attempt WHERE subject = ? AND at >= ?",
                    subject, since.toEpochMilli()); ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** Records one attempt for each subject, and forgets attempts and links older than {@code forgetBefore}. */
    public void recordAttempt(Instant now, Instant forgetBefore, String... subjects) {
        db.write("record sign-in attempt", c -> {
            for (String subject : subjects) {
                Sql.update(c, "INSERT INTO login_attempt (subject, at) VALUES (?, ?)", subject, now.toEpochMilli());
            }
            Sql.update(c, "DELETE FROM login_attempt WHERE at < ?", forgetBefore.toEpochMilli());
            Sql.update(c, "DELETE FROM login_link WHERE expires_at < ?", forgetBefore.toEpochMilli());
            return null;
        });
    }

    /**
     * Stores the link's hash and queues its email together. The message waits {@code holdUntil} before any delivery
     * pass takes it, so the console that sends it at once is not raced by the daemon's delivery.
     *
     * @return the outbox row id of the message
     */
    public long issue(String tokenHash, String email, Instant expiresAt, OutgoingMessage message, Instant now,
                      Instant holdUntil) {
        return db.write("issue sign-in link", c -> {
            Sql.update(c, "INSERT INTO login_link (token_hash, email, created_at, expires_at) VALUES (?, ?, ?, ?)",
                    tokenHash, email.toLowerCase(Locale.ROOT), now.toEpochMilli(), expiresAt.toEpochMilli());
            OutboxRepository.enqueue(c, message, now);
            Sql.update(c, "UPDATE outbox SET next_attempt_at = ? WHERE dedupe_key = ?", holdUntil.toEpochMilli(),
                    message.key());
            try (PreparedStatement st = Sql.prepare(c, "SELECT id FROM outbox WHERE dedupe_key = ?", message.key());
                 ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** The address a link signs in, while it is unused and unexpired; opening it changes nothing. */
    public Optional<String> peek(String tokenHash, Instant now) {
        return db.read("read sign-in link", c -> Sql.strings(c, "SELECT email FROM login_link WHERE token_hash = ? AND "
                + "used_at IS NULL AND expires_at > ?", tokenHash, now.toEpochMilli()).stream().findFirst());
    }

    /** Uses the link up: its address, once; empty when it was used, expired or never existed. */
    public Optional<String> consume(String tokenHash, Instant now) {
        return db.write("use sign-in link", c -> {
            Optional<String> email = Sql.strings(c, "SELECT email FROM login_link WHERE token_hash = ? AND used_at IS "
                    + "NULL AND expires_at > ?", tokenHash, now.toEpochMilli()).stream().findFirst();
            if (email.isPresent()) {
                Sql.update(c, "UPDATE login_link SET used_at = ? WHERE token_hash = ?", now.toEpochMilli(), tokenHash);
            }
            return email;
        });
    }
}
