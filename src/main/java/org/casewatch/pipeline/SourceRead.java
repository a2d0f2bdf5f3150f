package org.casewatch.pipeline;

import org.casewatch.model.Item;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The result of fetching and parsing one source. */
public sealed interface SourceRead {

    record Items(List<Item> items, Optional<String> etag, Optional<String> lastModified) implements SourceRead {
        public Items {
            items = List.copyOf(items);
        }
    }

    record Unchanged() implements SourceRead {
    }

    record Failure(String reason, int status, Optional<Duration> retryAfter) implements SourceRead {
    }
}
