package org.casewatch.model;

import java.net.URI;
import java.util.Optional;

/**
 * The staff console's settings from {@code casewatch.yaml}.
 *
 * @param listen          where {@code casewatch run} also serves the console; empty: it does not
 * @param baseUrl         the address people open (behind a TLS proxy, its https address), used for links in emails;
 *                        empty: {@code http://} and the address the console listens on
 * @param metricsTokenEnv name of the environment variable holding the bearer token that opens {@code /metrics} to
 *                        other machines; empty: {@code /metrics} answers loopback only
 */
public record WebSettings(Optional<Listen> listen, Optional<URI> baseUrl, Optional<String> metricsTokenEnv) {

    /** A host and port to listen on. */
    public record Listen(String host, int port) {

        public static final Listen DEFAULT = new Listen("127.0.0.1", 8080);

        @Override
        public String toString() {
            return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        }
    }

    public static WebSettings defaults() {
        return new WebSettings(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
