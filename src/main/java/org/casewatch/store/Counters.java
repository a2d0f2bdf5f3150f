package org.casewatch.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code /metrics} and {@code /healthz} report, read from the database in one go: per-source counters since
 * the database was made, what is stored, what the outbox holds, and the last cycle.
 *
 * @param emailsRetried failed delivery attempts that were tried again (or wait to be)
 * @param oldestWaiting when the oldest message still waiting was queued
 */
public record Counters(Map<String, SourceCounts> sources, long items, long mentions, long alerts, long emailsSent,
                       long emailsRetried, long emailsRejected, long outboxDepth, Optional<Instant> oldestWaiting,
                       long cycles, Optional<Instant> lastCycleAt, Duration lastCycleDuration) {

    /** Polls, failed polls and "not modified" answers of one source. */
    public record SourceCounts(long polls, long failures, long notModified) {
    }
}
