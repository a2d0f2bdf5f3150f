package org.casewatch.store;

import org.casewatch.model.HearingChange;
import org.casewatch.model.HearingKind;
import org.casewatch.model.StoredHearing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What staff decide about hearings found in the news: confirm, correct or reject. A rejected hearing is kept (its
 * history says who rejected it) but never shown or reminded again; the sentence of a rejected or corrected hearing
 * never brings a hearing back for that person.
 */
public final class HearingReviewRepository {

    /** The outcome of a correction. */
    public enum Correction { CORRECTED, NOT_FOUND }

    private final Database db;

    public HearingReviewRepository(Database db) {
        this.db = db;
    }

    /** Found hearings nobody confirmed or rejected yet, dated from {@code from}, of the given persons, by date. */
    public List<StoredHearing> unconfirmed(Collection<String> personIds, LocalDate from) {
        return db.read("read unconfirmed hearings", c -> HearingRepository.all(c, HearingRepository.HEARINGS + " WHERE "
                + "origin = 'found' AND confirmed_by IS NULL AND rejected_at IS NULL AND date >= ? ORDER BY date, id",
                from.toString()).stream().filter(h -> personIds.contains(h.personId())).toList());
    }

    /** One person's hearings that were not rejected, newest first. */
    public List<StoredHearing> ofPerson(String personId) {
        return db.read("read hearings of " + personId, c -> HearingRepository.all(c, HearingRepository.HEARINGS + " WHERE "
                + "person_id = ? AND rejected_at IS NULL ORDER BY date DESC, id DESC", personId));
    }

    /** Everything that happened to one person's hearings, rejected ones included, newest first. */
    public List<HearingChange> historyOf(String personId) {
        return db.read("read hearing history of " + personId, c -> {
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement st = Sql.prepare(c, "SELECT x.hearing_id, x.at, x.change FROM hearing_change x JOIN "
                    + "hearing h ON h.id = x.hearing_id WHERE h.person_id = ? ORDER BY x.at DESC, x.id DESC", personId);
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[]{rs.getLong(1), rs.getLong(2), rs.getString(3)});
                }
            }
            List<HearingChange> out = new ArrayList<>();
            for (Object[] row : rows) {
                StoredHearing h = HearingRepository.first(c, HearingRepository.HEARINGS + " WHERE id = ?", row[0]).orElseThrow();
                out.add(new HearingChange(h, Instant.ofEpochMilli((Long) row[1]), (String) row[2]));
            }
            return out;
        });
    }

    public Optional<StoredHearing> find(long id) {
        return db.read("read hearing " + id, c -> HearingRepository.first(c, HearingRepository.HEARINGS + " WHERE id = ?", id));
    }

    /** Marks a found hearing confirmed by the named staff member; false when there is no such open hearing. */
    public boolean confirm(long id, String byName, Instant now) {
        return db.write("confirm hearing " + id, c -> {
            int n = Sql.update(c, "UPDATE hearing SET confirmed_by = ?, updated_at = ? WHERE id = ? AND rejected_at IS NULL",
                    byName, now.toEpochMilli(), id);
            if (n == 1) {
                HearingRepository.change(c, id, now, "confirmed by " + byName);
            }
            return n == 1;
        });
    }

    /** Rejects a found hearing: never reminded, never shown again, and its sentence never brings it back. */
    public boolean reject(long id, String byName, Instant now) {
        return db.write("reject hearing " + id, c -> {
            Optional<StoredHearing> h = HearingRepository.first(c, HearingRepository.HEARINGS + " WHERE id = ? AND origin = "
                    + "'found' AND rejected_at IS NULL", id);
            if (h.isEmpty()) {
                return false;
            }
            Sql.update(c, "UPDATE hearing SET rejected_at = ?, updated_at = ? WHERE id = ?", now.toEpochMilli(),
                    now.toEpochMilli(), id);
            dismiss(c, h.get());
            HearingRepository.change(c, id, now, "rejected by " + byName);
            return true;
        });
    }

    /**
     * Corrects a found hearing's date, time and kind: the corrected hearing is a row of its own (its own reminders,
     * a calendar UID of its new date), confirmed by the staff member; the wrong one is closed as corrected.
     */
    public Correction correct(long id, LocalDate date, Optional<LocalTime> time, HearingKind kind, String byName,
                              Instant now) {
        return db.write("correct hearing " + id, c -> {
            Optional<StoredHearing> found = HearingRepository.first(c, HearingRepository.HEARINGS + " WHERE id = ? AND "
                    + "rejected_at IS NULL", id);
            if (found.isEmpty()) {
                return Correction.NOT_FOUND;
            }
            StoredHearing old = found.get();
            if (old.date().equals(date) && old.kind() == kind) {
                Sql.update(c, "UPDATE hearing SET time = ?, confirmed_by = ?, updated_at = ? WHERE id = ?",
                        time.map(LocalTime::toString).orElse(null), byName, now.toEpochMilli(), id);
                HearingRepository.change(c, id, now, "time corrected to " + time.map(LocalTime::toString).orElse("none")
                        + " and confirmed by " + byName);
                return Correction.CORRECTED;
            }
            Optional<Long> existing = HearingRepository.idOf(c, old.personId(), date, kind);
            long target;
            if (existing.isPresent()) {
                target = existing.get();
                Sql.update(c, "UPDATE hearing SET time = COALESCE(?, time), confirmed_by = ?, rejected_at = NULL, "
                        + "updated_at = ? WHERE id = ?", time.map(LocalTime::toString).orElse(null), byName,
                        now.toEpochMilli(), target);
            } else {
                try (PreparedStatement st = c.prepareStatement("INSERT INTO hearing (person_id, date, time, zone, kind, "
                        + "court, note, origin, status, evidence, link, item_id, created_at, updated_at, confirmed_by) "
                        + "SELECT person_id, ?, ?, zone, ?, court, note, 'found', 'scheduled', evidence, link, item_id, ?, "
                        + "?, ? FROM hearing WHERE id = ?")) {
                    st.setString(1, date.toString());
                    st.setString(2, time.map(LocalTime::toString).orElse(null));
                    st.setString(3, kind.label());
                    st.setLong(4, now.toEpochMilli());
                    st.setLong(5, now.toEpochMilli());
                    st.setString(6, byName);
                    st.setLong(7, id);
                    st.executeUpdate();
                }
                target = HearingRepository.idOf(c, old.personId(), date, kind).orElseThrow();
            }
            Sql.update(c, "UPDATE hearing SET rejected_at = ?, updated_at = ? WHERE id = ?", now.toEpochMilli(),
                    now.toEpochMilli(), id);
            dismiss(c, old);
            HearingRepository.change(c, id, now, "corrected by " + byName + " to " + date + " " + kind.label());
            HearingRepository.change(c, target, now, "corrected from " + old.date() + " " + old.kind().label()
                    + " and confirmed by " + byName);
            return Correction.CORRECTED;
        });
    }

    private static void dismiss(Connection c, StoredHearing h) throws SQLException {
        if (h.evidence().isPresent()) {
            Sql.update(c, "INSERT INTO hearing_dismissal (person_id, sentence) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    h.personId(), h.evidence().get());
        }
    }

    /** Whether staff rejected or corrected a hearing found in this sentence for this person. */
    static boolean dismissed(Connection c, String personId, String sentence) throws SQLException {
        try (PreparedStatement st = Sql.prepare(c, "SELECT 1 FROM hearing_dismissal WHERE person_id = ? AND sentence = ?",
                personId, sentence); ResultSet rs = st.executeQuery()) {
            return rs.next();
        }
    }
}
