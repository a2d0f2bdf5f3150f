package org.casewatch.model;

import java.time.Instant;
import java.util.Optional;

/**
 * What the database knows about one source's polling: last success, failures in a row, next poll, and whether
 * its feed had to be read leniently.
 *
 * @param lenientError why the strict reading refused the source's last body, when it was read leniently
 * @param lenientAt    the last time a body of this source was read leniently
 */
public record SourceHealth(String sourceId, Optional<Instant> lastPollAt, Optional<Instant> lastSuccessAt,
                           int consecutiveFailures, Optional<String> lastError, Optional<Instant> nextPollAt,
                           long items, Optional<String> lenientError, Optional<Instant> lenientAt) {

    /** A source never read leniently. */
    public SourceHealth(String sourceId, Optional<Instant> lastPollAt, Optional<Instant> lastSuccessAt,
                        int consecutiveFailures, Optional<String> lastError, Optional<Instant> nextPollAt, long items) {
        this(sourceId, lastPollAt, lastSuccessAt, consecutiveFailures, lastError, nextPollAt, items, Optional.empty(),
                Optional.empty());
    }
}
