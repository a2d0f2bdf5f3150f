package org.casewatch.fetch;

import java.util.Optional;

/**
 * What to fetch, with the validators of the last successful fetch for a conditional GET.
 *
 * @param allowPrivate whether redirects may lead to loopback or private-network addresses
 */
public record FetchRequest(String url, Optional<String> etag, Optional<String> lastModified, boolean allowPrivate) {

    public static FetchRequest plain(String url, boolean allowPrivate) {
        return new FetchRequest(url, Optional.empty(), Optional.empty(), allowPrivate);
    }
}
