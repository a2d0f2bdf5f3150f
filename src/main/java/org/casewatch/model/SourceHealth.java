package org.casewatch.model;

import java.time.Instant;
import java.util.Optional;

/**
 * What the database knows about one source's polling: last success, failures in a row, next poll.
 *
 * @param polledBy the node that polled it last (the machine's name; with several nodes, which one)
 */
public record SourceHealth(String sourceId, Optional<Instant> lastPollAt, Optional<Instant> lastSuccessAt,
                           int consecutiveFailures, Optional<String> lastError, Optional<Instant> nextPollAt,
                           long items, Optional<String> polledBy) {

    public SourceHealth(String sourceId, Optional<Instant> lastPollAt, Optional<Instant> lastSuccessAt,
                        int consecutiveFailures, Optional<String> lastError, Optional<Instant> nextPollAt, long items) {
        this(sourceId, lastPollAt, lastSuccessAt, consecutiveFailures, lastError, nextPollAt, items, Optional.empty());
    }
}
