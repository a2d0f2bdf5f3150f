package org.casewatch.fetch;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Politeness towards one host, so many sources on one site do not hammer it: at most so many requests at once,
 * and each started at least a delay after the one before. Each request reserves its start time in turn, so
 * requests to a host start in the order they asked.
 */
final class HostLimiter {

    private final int perHost;
    private final long delayNanos;
    private final ConcurrentHashMap<String, Host> hosts = new ConcurrentHashMap<>();

    HostLimiter(int perHost, Duration delay) {
        this.perHost = perHost;
        this.delayNanos = delay.toNanos();
    }

    /** Waits until a request to the host may start; every successful call must be followed by {@link #release}. */
    void acquire(String host) throws InterruptedException {
        Host h = hosts.computeIfAbsent(host, name -> new Host(perHost));
        h.permits.acquire();
        try {
            long wait = h.reserveStart(delayNanos);
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        } catch (InterruptedException e) {
            h.permits.release();
            throw e;
        }
    }

    void release(String host) {
        hosts.get(host).permits.release();
    }

    private static final class Host {

        final Semaphore permits;
        private long nextStart = System.nanoTime();

        Host(int perHost) {
            this.permits = new Semaphore(perHost, true);
        }

        /** Books the next free start time; returns how long until it, in nanoseconds. */
        synchronized long reserveStart(long delay) {
            long now = System.nanoTime();
            long start = now - nextStart >= 0 ? now : nextStart;
            nextStart = start + delay;
            return start - now;
        }
    }
}
