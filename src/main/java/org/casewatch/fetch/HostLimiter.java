package org.casewatch.fetch;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/** Caps how many requests run at once against one host, so many sources on one site do not hammer it. */
final class HostLimiter {

    private final int perHost;
    private final ConcurrentHashMap<String, Semaphore> permits = new ConcurrentHashMap<>();

    HostLimiter(int perHost) {
        this.perHost = perHost;
    }

    Semaphore forHost(String host) {
        return permits.computeIfAbsent(host, h -> new Semaphore(perHost, true));
    }
}
