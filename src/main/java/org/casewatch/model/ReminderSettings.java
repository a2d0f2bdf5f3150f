package org.casewatch.model;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

/**
 * When staff are reminded of a hearing: at {@code at} local time, {@code offsets} before the day (default
 * 7 and 1 days); and whether one follow-up goes out when the day has passed with no outcome reported.
 */
public record ReminderSettings(List<Duration> offsets, LocalTime at, boolean followUp) {

    public ReminderSettings {
        offsets = offsets.stream().sorted(java.util.Comparator.reverseOrder()).toList();
    }

    public static ReminderSettings defaults() {
        return new ReminderSettings(List.of(Duration.ofDays(7), Duration.ofDays(1)), LocalTime.of(8, 0), true);
    }
}
