package org.casewatch.hearings;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Optional;

/**
 * A date written in a text: a calendar date possibly without its year, a day relative to the article's own
 * day ("yesterday", "завтра"), or a weekday alone ("on Wednesday", "в четверг").
 *
 * @param relativeDays for "today", "tomorrow", "yesterday": days after the article's day; empty otherwise
 * @param weekday      for a weekday written alone: the nearest such day to the article's day, by tense
 */
record DateExpression(int start, int end, Optional<Integer> year, int month, int day, Optional<LocalTime> time,
                      Optional<Integer> relativeDays, Optional<DayOfWeek> weekday) {

    /** Whether the text gives month and day itself. */
    boolean calendar() {
        return relativeDays.isEmpty() && weekday.isEmpty();
    }
}
