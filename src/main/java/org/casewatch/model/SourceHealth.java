package org.casewatch.model;

import java.time.Instant;
import java.util.Optional;

/**
 * What the database knows about one source's polling: last success, failures in a row, next poll, whether
 * its feed had to be read leniently, and which node polled it last.
 *
 * @param lenientError why the strict reading refused the source's last body, when it was read leniently
 * @param lenientAt    the last time a body of this source was read leniently
 * @param polledBy     the node that polled it last (the machine's name; with several nodes, which one)
 */
public record SourceHealth(String sourceId, Optional<Instant> lastPollAt, Optional<Instant> lastSuccessAt,
                           int consecutiveFailures, Optional<String> lastError, Optional<Instant> nextPollAt,
                           long items, Optional<String> lenientError, Optional<Instant> lenientAt,
                           Optional<String> polledBy) {

    /** A source never read leniently, whose poller is not known. */
    public SourceHealth(String sourceId, Optional<Instant> lastPollAt, Optional<Instant> lastSuccessAt,
                        int consecutiveFailures, Optional<String> lastError, Optional<Instant> nextPollAt, long items) {
        this(sourceId, lastPollAt, lastSuccessAt, consecutiveFailures, lastError, nextPollAt, items, Optional.empty(),
                Optional.empty(), Optional.empty());
    }
}
