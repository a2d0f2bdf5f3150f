package org.casewatch.model;

import java.time.Instant;
import java.util.Optional;

/** What the database knows about one source's polling: last success, failures in a row, next poll. */
public record SourceHealth(String sourceId, Optional<Instant> lastPollAt, Optional<Instant> lastSuccessAt,
                           int consecutiveFailures, Optional<String> lastError, Optional<Instant> nextPollAt,
                           long items) {
}
