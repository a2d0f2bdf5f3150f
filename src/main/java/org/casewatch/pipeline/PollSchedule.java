package org.casewatch.pipeline;

import org.casewatch.model.ScheduleSettings;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When a source is polled next: its interval moved by a random jitter after a success; after failures,
 * the interval doubled per consecutive failure up to a cap, and never sooner than the server's Retry-After.
 */
public final class PollSchedule {

    /** Retry-After is honoured up to a day; a server asking for a week is treated as asking for a day. */
    private static final Duration MAX_RETRY_AFTER = Duration.ofDays(1);

    private final ScheduleSettings settings;
    private final RandomGenerator random;

    public PollSchedule(ScheduleSettings settings, RandomGenerator random) {
        this.settings = settings;
        this.random = random;
    }

    public Instant afterSuccess(Instant now, Duration interval) {
        return now.plus(jittered(interval));
    }

    /** @param failures consecutive failures including this one (1 for the first) */
    public Instant afterFailure(Instant now, Duration interval, int failures, Optional<Duration> retryAfter) {
        Duration backoff = backoff(interval, failures);
        Duration wait = jittered(backoff);
        if (retryAfter.isPresent()) {
            Duration asked = retryAfter.get().compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : retryAfter.get();
            if (asked.compareTo(wait) > 0) {
                wait = asked;
            }
        }
        return now.plus(wait);
    }

    /** interval x 2^(failures-1), capped at max_backoff (but never below the interval itself). */
    Duration backoff(Duration interval, int failures) {
        Duration cap = settings.maxBackoff().compareTo(interval) > 0 ? settings.maxBackoff() : interval;
        Duration delay = interval;
        for (int i = 1; i < failures && delay.compareTo(cap) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(cap) > 0 ? cap : delay;
    }

    private Duration jittered(Duration base) {
        if (settings.jitter() <= 0) {
            return base;
        }
        double factor = 1 + (random.nextDouble() * 2 - 1) * settings.jitter();
        return Duration.ofMillis(Math.round(base.toMillis() * factor));
    }
}
