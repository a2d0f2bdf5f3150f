package org.casewatch.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A hearing as the database keeps it.
 *
 * @param confirmed       true when the watchlist states it; false when it was only found in the news
 * @param evidence        the sentence it was found in
 * @param rescheduledFrom the earlier date, when a postponement moved the hearing here
 * @param sourceId        the source of the item it was found in, if any
 * @param confirmedBy     the name of the staff member who confirmed (or corrected) a found hearing in the console
 */
public record StoredHearing(long id, String personId, LocalDate date, Optional<LocalTime> time, Optional<ZoneId> zone,
                            HearingKind kind, String court, String note, boolean confirmed, HearingStatus status,
                            Optional<String> evidence, Optional<String> link, Optional<LocalDate> rescheduledFrom,
                            Optional<String> sourceId, Optional<String> confirmedBy) {

    /** A hearing nobody confirmed in the console. */
    public StoredHearing(long id, String personId, LocalDate date, Optional<LocalTime> time, Optional<ZoneId> zone,
                         HearingKind kind, String court, String note, boolean confirmed, HearingStatus status,
                         Optional<String> evidence, Optional<String> link, Optional<LocalDate> rescheduledFrom,
                         Optional<String> sourceId) {
        this(id, personId, date, time, zone, kind, court, note, confirmed, status, evidence, link, rescheduledFrom,
                sourceId, Optional.empty());
    }

    /** Stated in the watchlist or confirmed by a staff member: no longer a guess from the news. */
    public boolean certain() {
        return confirmed || confirmedBy.isPresent();
    }
}
