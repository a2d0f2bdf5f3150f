package org.casewatch.fetch;

import java.time.Duration;
import java.util.Optional;

/** The outcome of one fetch: new content, unchanged content, or a failure with its reason. */
public sealed interface FetchResult {

    /**
     * @param contentType the declared media type with parameters, e.g. {@code text/xml; charset=windows-1251}
     * @param finalUrl    where the content came from after redirects; relative links resolve against it
     */
    record Fetched(byte[] body, Optional<String> contentType, Optional<String> etag, Optional<String> lastModified,
                   String finalUrl) implements FetchResult {
    }

    /** The server (or file system) says nothing changed since the validators we sent. */
    record NotModified() implements FetchResult {
    }

    /**
     * @param status     the HTTP status, or 0 when there was no HTTP answer
     * @param retryAfter how long the server asked us to wait, if it did
     */
    record Failed(String reason, int status, Optional<Duration> retryAfter) implements FetchResult {

        static Failed of(String reason) {
            return new Failed(reason, 0, Optional.empty());
        }
    }
}
