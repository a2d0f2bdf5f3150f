package org.casewatch.fetch;

/** Fetches the bytes behind a URL; never throws for outcomes a server or network can produce. */
public interface Fetcher {

    FetchResult fetch(FetchRequest request);
}
