package org.casewatch.model;

import java.time.Duration;
import java.time.LocalTime;

/**
 * Alert batching and digests.
 *
 * @param batchWindow hits for one recipient within this window go out as one email
 * @param dailyAt     local time of the daily staff digest
 * @param perPerson   stories listed per person in a digest before "and N more"
 * @param sendEmpty   whether a digest with nothing to say is sent (saying so) or skipped
 * @param silentAfter a source with no new item for this long is listed as silent in staff digests
 */
public record DigestSettings(Duration batchWindow, LocalTime dailyAt, int perPerson, boolean sendEmpty,
                             Duration silentAfter) {

    public static DigestSettings defaults() {
        return new DigestSettings(Duration.ofMinutes(5), LocalTime.of(8, 0), 5, false, Duration.ofDays(7));
    }
}
