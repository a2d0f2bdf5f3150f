package org.casewatch.match;

import java.time.LocalTime;
import java.util.Optional;

/**
 * A calendar date written in a text, possibly without its year, or relative to the day of publication.
 *
 * @param relativeDays for "today", "tomorrow", "yesterday": days after publication; empty otherwise
 */
record DateExpression(int start, int end, Optional<Integer> year, int month, int day, Optional<LocalTime> time,
                      Optional<Integer> relativeDays) {
}
