package org.casewatch.model;

import java.time.Duration;
import java.util.Optional;

/**
 * One configured source (a file under {@code feeds/}): where to fetch it, how to read it, how often.
 *
 * @param articleSelector present when each new item's own page is fetched for its text; an empty string
 *                        asks for the default extraction
 * @param allowPrivate    whether redirects may lead to loopback or private addresses
 */
public record Source(String id, String name, SourceKind kind, String url, Duration interval, String language,
                     boolean enabled, Optional<PageSelectors> page, Optional<String> articleSelector,
                     boolean allowPrivate) {

    public boolean fetchesArticles() {
        return articleSelector.isPresent();
    }
}
