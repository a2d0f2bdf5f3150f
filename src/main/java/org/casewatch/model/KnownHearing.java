package org.casewatch.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/** A hearing the watchlist states: confirmed by the staff who wrote it down. */
public record KnownHearing(LocalDate date, Optional<LocalTime> time, Optional<ZoneId> zone, HearingKind kind,
                           String court, String note) {
}
