package org.casewatch.model;

import java.time.Duration;
import java.util.Optional;

/**
 * When the operator hears about sources: after {@code afterFailures} failures in a row, or no new item for
 * {@code silentAfter}; once when it starts, once when it ends. No operator address, no notices.
 */
public record HealthSettings(Optional<String> operator, int afterFailures, Duration silentAfter) {

    public static HealthSettings defaults() {
        return new HealthSettings(Optional.empty(), 5, Duration.ofDays(7));
    }
}
