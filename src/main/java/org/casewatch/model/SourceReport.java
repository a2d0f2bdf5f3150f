package org.casewatch.model;

import java.util.Optional;

/** What one source's poll produced. */
public record SourceReport(String sourceId, SourceOutcome outcome, int newItems, int mentions, int queued,
                           Optional<String> error) {

    public static SourceReport failed(String sourceId, String error) {
        return new SourceReport(sourceId, SourceOutcome.FAILED, 0, 0, 0, Optional.of(error));
    }
}
