package org.casewatch.store;

import java.time.Instant;
import java.util.Optional;

/** The validators and failure count of one source, as the poller needs them. */
public record SourceState(Optional<String> etag, Optional<String> lastModified, int consecutiveFailures,
                          Optional<Instant> nextPollAt) {

    public static SourceState fresh() {
        return new SourceState(Optional.empty(), Optional.empty(), 0, Optional.empty());
    }
}
