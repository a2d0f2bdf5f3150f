package org.casewatch.pipeline;

import org.casewatch.model.Item;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The result of fetching and parsing one source. */
public sealed interface SourceRead {

    /**
     * @param leniently present when the body was not well-formed and its items come from the lenient reading:
     *                  why the strict reading refused it
     */
    record Items(List<Item> items, Optional<String> etag, Optional<String> lastModified, Optional<String> leniently)
            implements SourceRead {
        public Items {
            items = List.copyOf(items);
        }
    }

    record Unchanged() implements SourceRead {
    }

    record Failure(String reason, int status, Optional<Duration> retryAfter) implements SourceRead {
    }
}
