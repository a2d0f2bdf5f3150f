package org.casewatch.store;

import org.casewatch.model.FoundHearing;
import org.casewatch.model.HearingKind;
import org.casewatch.model.HearingStatus;
import org.casewatch.model.KnownHearing;
import org.casewatch.model.Person;
import org.casewatch.model.StoredHearing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Hearings, one row per (person, date, kind), with the history of their changes: stated in the watchlist
 * (confirmed) or found in the news, moved by postponements, closed when the news reports an outcome.
 */
public final class HearingRepository {

    /** Every hearing column, and the source of the item it was found in (none for the watchlist's own). */
    static final String HEARINGS = "SELECT *, (SELECT source_id FROM item WHERE item.id = hearing.item_id) "
            + "AS source_id FROM hearing";

    /** A postponement moves the person's latest scheduled hearing no older than this. */
    private static final int POSTPONE_LOOKBACK_DAYS = 60;

    private final Database db;

    public HearingRepository(Database db) {
        this.db = db;
    }

    /** Writes the watchlist's hearings; one already found in the news becomes confirmed. */
    public void syncKnown(List<Person> persons, Instant now) {
        db.write("store the watchlist's hearings", c -> {
            for (Person person : persons) {
                for (KnownHearing h : person.hearings()) {
                    long before = idOf(c, person.id(), h.date(), h.kind()).orElse(-1L);
                    try (PreparedStatement st = c.prepareStatement("INSERT INTO hearing (person_id, date, time, zone, "
                            + "kind, court, note, origin, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                            + "'config', 'scheduled', ?, ?) ON CONFLICT (person_id, date, kind) DO UPDATE SET "
                            + "time = excluded.time, zone = excluded.zone, court = excluded.court, note = excluded.note, "
                            + "origin = 'config', updated_at = excluded.updated_at")) {
                        st.setString(1, person.id());
                        st.setString(2, h.date().toString());
                        st.setString(3, h.time().map(LocalTime::toString).orElse(null));
                        st.setString(4, h.zone().map(ZoneId::getId).orElse(null));
                        st.setString(5, h.kind().label());
                        st.setString(6, h.court());
                        st.setString(7, h.note());
                        st.setLong(8, now.toEpochMilli());
                        st.setLong(9, now.toEpochMilli());
                        st.executeUpdate();
                    }
                    if (before < 0) {
                        change(c, idOf(c, person.id(), h.date(), h.kind()).orElseThrow(), now, "added from the watchlist");
                    }
                }
            }
            return null;
        });
    }

    /** Records a hearing found in an item, inside the transaction that stores the item. */
    static void record(Connection c, FoundHearing h, long itemId, String link, Instant now) throws SQLException {
        if (h.date().isEmpty() || HearingReviewRepository.dismissed(c, h.personId(), h.sentence())) {
            return;
        }
        LocalDate date = h.date().get();
        switch (h.status()) {
            case SCHEDULED -> insert(c, h, date, h.kind(), HearingStatus.SCHEDULED, itemId, link, Optional.empty(), now);
            case HELD, CANCELLED -> close(c, h, date, itemId, link, now);
            case POSTPONED -> postpone(c, h, date, itemId, link, now);
        }
    }

    private static void close(Connection c, FoundHearing h, LocalDate date, long itemId, String link, Instant now)
            throws SQLException {
        String status = h.status().label();
        List<Long> open = ids(c, "SELECT id FROM hearing WHERE person_id = ? AND date = ? AND status IN ('scheduled', "
                + "'postponed')", h.personId(), date.toString());
        for (long id : open) {
            Sql.update(c, "UPDATE hearing SET status = ?, updated_at = ? WHERE id = ?", status, now.toEpochMilli(), id);
            change(c, id, now, "reported " + status + " (" + link + ")");
        }
        if (open.isEmpty() && ids(c, "SELECT id FROM hearing WHERE person_id = ? AND date = ?", h.personId(),
                date.toString()).isEmpty()) {
            insert(c, h, date, h.kind(), h.status(), itemId, link, Optional.empty(), now);
        }
    }

    private static void postpone(Connection c, FoundHearing h, LocalDate date, long itemId, String link, Instant now)
            throws SQLException {
        Optional<StoredHearing> old = h.previousDate().isPresent()
                ? first(c, HEARINGS + " WHERE person_id = ? AND date = ? AND status = 'scheduled'",
                h.personId(), h.previousDate().get().toString())
                : first(c, HEARINGS + " WHERE person_id = ? AND date < ? AND date >= ? AND status = "
                + "'scheduled' ORDER BY date DESC LIMIT 1", h.personId(), date.toString(),
                date.minusDays(POSTPONE_LOOKBACK_DAYS).toString());
        HearingKind kind = old.map(StoredHearing::kind).orElse(h.kind());
        if (old.isPresent()) {
            Sql.update(c, "UPDATE hearing SET status = 'postponed', updated_at = ? WHERE id = ?", now.toEpochMilli(),
                    old.get().id());
            change(c, old.get().id(), now, "postponed to " + date + " (" + link + ")");
        }
        insert(c, h, date, kind, HearingStatus.SCHEDULED, itemId, link, old.map(StoredHearing::date), now);
    }

    private static void insert(Connection c, FoundHearing h, LocalDate date, HearingKind kind, HearingStatus status,
                               long itemId, String link, Optional<LocalDate> from, Instant now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO hearing (person_id, date, time, kind, origin, status, "
                + "evidence, link, item_id, rescheduled_from, created_at, updated_at) VALUES (?, ?, ?, ?, 'found', ?, ?, "
                + "?, ?, ?, ?, ?) ON CONFLICT (person_id, date, kind) DO NOTHING")) {
            st.setString(1, h.personId());
            st.setString(2, date.toString());
            st.setString(3, h.time().map(LocalTime::toString).orElse(null));
            st.setString(4, kind.label());
            st.setString(5, status.label());
            st.setString(6, h.sentence());
            st.setString(7, link);
            st.setLong(8, itemId);
            st.setString(9, from.map(LocalDate::toString).orElse(null));
            st.setLong(10, now.toEpochMilli());
            st.setLong(11, now.toEpochMilli());
            if (st.executeUpdate() == 1) {
                long id = idOf(c, h.personId(), date, kind).orElseThrow();
                change(c, id, now, from.map(d -> "rescheduled from " + d).orElse("found") + " (" + link + ")");
            }
        }
    }

    /** Hearings dated from..to inclusive, by date. */
    public List<StoredHearing> between(LocalDate from, LocalDate to) {
        return db.read("read hearings", c -> all(c, HEARINGS + " WHERE date >= ? AND date <= ? "
                + "AND rejected_at IS NULL ORDER BY date, person_id, kind", from.toString(), to.toString()));
    }

    /** Changes recorded in [from, to), oldest first, with their hearings. */
    public List<org.casewatch.model.HearingChange> changes(Instant from, Instant to) {
        return db.read("read hearing changes", c -> {
            List<long[]> rows = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT hearing_id, at, change FROM hearing_change WHERE "
                    + "at >= ? AND at < ? AND hearing_id NOT IN (SELECT id FROM hearing WHERE rejected_at IS NOT NULL) "
                    + "ORDER BY id")) {
                st.setLong(1, from.toEpochMilli());
                st.setLong(2, to.toEpochMilli());
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new long[]{rs.getLong(1), rs.getLong(2)});
                        texts.add(rs.getString(3));
                    }
                }
            }
            List<org.casewatch.model.HearingChange> out = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                StoredHearing h = first(c, HEARINGS + " WHERE id = ?", rows.get(i)[0]).orElseThrow();
                out.add(new org.casewatch.model.HearingChange(h, Instant.ofEpochMilli(rows.get(i)[1]), texts.get(i)));
            }
            return out;
        });
    }

    /** What happened to a hearing, oldest first. */
    public List<String> history(long hearingId) {
        return db.read("read hearing history", c -> Sql.strings(c, "SELECT change FROM hearing_change WHERE "
                + "hearing_id = ? ORDER BY id", hearingId));
    }

    static Optional<Long> idOf(Connection c, String person, LocalDate date, HearingKind kind) throws SQLException {
        List<Long> ids = ids(c, "SELECT id FROM hearing WHERE person_id = ? AND date = ? AND kind = ?", person,
                date.toString(), kind.label());
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(0));
    }

    private static List<Long> ids(Connection c, String sql, Object... params) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement st = Sql.prepare(c, sql, params); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    static Optional<StoredHearing> first(Connection c, String sql, Object... params) throws SQLException {
        List<StoredHearing> all = all(c, sql, params);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    static List<StoredHearing> all(Connection c, String sql, Object... params) throws SQLException {
        List<StoredHearing> out = new ArrayList<>();
        try (PreparedStatement st = Sql.prepare(c, sql, params); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(new StoredHearing(rs.getLong("id"), rs.getString("person_id"), LocalDate.parse(rs.getString("date")),
                        Sql.string(rs, "time").map(LocalTime::parse), Sql.string(rs, "zone").map(ZoneId::of),
                        HearingKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)), rs.getString("court"),
                        rs.getString("note"), rs.getString("origin").equals("config"),
                        HearingStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                        Sql.string(rs, "evidence"), Sql.string(rs, "link").filter(l -> !l.isBlank()),
                        Sql.string(rs, "rescheduled_from").map(LocalDate::parse), Sql.string(rs, "source_id"),
                        Sql.string(rs, "confirmed_by")));
            }
        }
        return out;
    }



    static void change(Connection c, long hearingId, Instant now, String what) throws SQLException {
        Sql.update(c, "INSERT INTO hearing_change (hearing_id, at, change) VALUES (?, ?, ?)", hearingId, now.toEpochMilli(),
                what);
    }
}
