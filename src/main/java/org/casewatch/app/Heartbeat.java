package org.casewatch.app;

import org.casewatch.store.Claims;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Renews this node's check-in and leases at a steady beat while it runs, on a thread of its own (a long poll cycle
 * must not let its leases lapse). A beat that cannot reach the database is logged once, and its recovery once: the
 * cycle meanwhile starts no new work, since every claim needs the database.
 */
final class Heartbeat implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Heartbeat.class);

    private final Claims claims;
    private final Clock clock;
    private final ScheduledExecutorService beat;
    private volatile boolean lost;

    Heartbeat(Claims claims, Clock clock, Duration every) {
        this.claims = claims;
        this.clock = clock;
        this.beat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "heartbeat");
            t.setDaemon(true);
            return t;
        });
        beat.scheduleWithFixedDelay(this::checkIn, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void checkIn() {
        try {
            claims.checkIn(clock.instant());
            if (lost) {
                lost = false;
                LOG.info("node_reconnected (leases renewed; work taken over meanwhile stays with the other nodes)");
            }
        } catch (RuntimeException e) {
            if (!lost) {
                lost = true;
                LOG.warn("node_lost_database error=\"{}\" (no new work until it is back)", e.toString());
            }
        }
    }

    @Override
    public void close() {
        beat.shutdownNow();
        try {
            beat.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
