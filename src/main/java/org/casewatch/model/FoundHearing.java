package org.casewatch.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.Optional;

/**
 * A hearing date a text states for a watched person: found, not confirmed. When the text gives no year
 * and none could be inferred, only {@code monthDay} is known.
 *
 * @param status       SCHEDULED or HELD by tense and date; POSTPONED when the text moves a hearing to this
 *                     date; CANCELLED when it calls the hearing off
 * @param previousDate for a postponement, the date it was moved from, when the text says
 */
public record FoundHearing(String personId, Optional<LocalDate> date, MonthDay monthDay, Optional<LocalTime> time,
                           HearingKind kind, HearingStatus status, String sentence, Optional<LocalDate> previousDate) {
}
