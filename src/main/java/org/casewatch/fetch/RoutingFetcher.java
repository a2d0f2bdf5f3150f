package org.casewatch.fetch;

import java.util.Locale;

/** Sends {@code file:} URLs to the file fetcher and everything else to the HTTP fetcher. */
public final class RoutingFetcher implements Fetcher {

    private final Fetcher http;
    private final Fetcher file;

    public RoutingFetcher(Fetcher http, Fetcher file) {
        this.http = http;
        this.file = file;
    }

    @Override
    public FetchResult fetch(FetchRequest request) {
        boolean isFile = request.url().toLowerCase(Locale.ROOT).startsWith("file:");
        return (isFile ? file : http).fetch(request);
    }
}
