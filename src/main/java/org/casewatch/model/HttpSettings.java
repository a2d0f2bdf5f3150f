package org.casewatch.model;

import java.time.Duration;

/** How casewatch talks to web servers: identity, timeouts, size cap and concurrency. */
public record HttpSettings(String userAgent, Duration connectTimeout, Duration readTimeout, Duration callTimeout,
                           long maxBodyBytes, int maxConcurrency, int perHostConcurrency, int maxRedirects) {
}
