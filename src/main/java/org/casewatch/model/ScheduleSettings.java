package org.casewatch.model;

import java.time.Duration;

/**
 * How often the daemon wakes up and how polls are spread.
 *
 * @param jitter fraction (0..0.5) by which each source's next poll is moved at random, so sources that
 *               share a host do not all fire at once
 */
public record ScheduleSettings(Duration tick, Duration defaultInterval, double jitter, Duration maxBackoff) {
}
