package org.casewatch.model;

import java.time.Duration;

/**
 * How casewatch talks to web servers: identity, timeouts, size cap, concurrency and politeness.
 *
 * @param perHostDelay the least time between the starts of two requests to one host
 */
public record HttpSettings(String userAgent, Duration connectTimeout, Duration readTimeout, Duration callTimeout,
                           long maxBodyBytes, int maxConcurrency, int perHostConcurrency, Duration perHostDelay,
                           int maxRedirects) {
}
