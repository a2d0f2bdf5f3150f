package org.casewatch.pipeline;

import org.casewatch.store.RetentionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Once a day, forgets the text of items and messages older than the retention setting. */
public final class Retention {

    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);
    private static final Duration EVERY = Duration.ofDays(1);

    private final RetentionRepository repository;
    private final Optional<Duration> keep;
    private final Clock clock;
    private Instant lastRun;

    /** @param keep how long text is kept; empty to keep it for ever */
    public Retention(RetentionRepository repository, Optional<Duration> keep, Clock clock) {
        this.repository = repository;
        this.keep = keep;
        this.clock = clock;
    }

    /** Forgets what is older than the retention, if that was not done in the last day. */
    public void forgetIfDue() {
        Instant now = clock.instant();
        if (keep.isEmpty() || (lastRun != null && now.isBefore(lastRun.plus(EVERY)))) {
            return;
        }
        lastRun = now;
        Instant cutoff = now.minus(keep.get());
        try {
            RetentionRepository.Forgotten forgotten = repository.forgetBefore(cutoff);
            if (forgotten.items() + forgotten.messages() > 0) {
                LOG.info("retention_done items={} messages={} older_than={}", forgotten.items(), forgotten.messages(),
                        cutoff);
            }
        } catch (RuntimeException e) {
            // Housekeeping never stops a cycle; it is tried again a day later.
            LOG.error("retention_failed older_than={} error=\"{}\"", cutoff, e.getMessage(), e);
        }
    }
}
