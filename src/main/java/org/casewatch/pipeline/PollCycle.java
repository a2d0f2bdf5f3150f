package org.casewatch.pipeline;

import org.casewatch.model.CycleReport;
import org.casewatch.model.DeliveryReport;
import org.casewatch.model.Source;
import org.casewatch.model.SourceReport;
import org.casewatch.store.Claims;
import org.casewatch.store.OutboxRepository;
import org.casewatch.store.SourceStateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One cycle: poll the due sources in parallel (one source of each host in turn), queue the alert batches,
 * hearing reminders, digests and operator notices that are due, deliver the outbox, and once a day forget
 * text older than the retention. One source's failure, expected or not, is recorded on that source and never
 * stops the others. After {@link #stop()}, sources not yet started are left for the next run; those in
 * flight finish. With several nodes on one database, each source is claimed by a worker just before it polls it (so a
 * node takes only what it has hands for), and the planning (batches, reminders, digests, notices, retention) is done
 * by one node per tick; every node delivers, each message claimed by one.
 */
public final class PollCycle implements Cycle, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PollCycle.class);

    private final List<Source> sources;
    private final SourcePoller poller;
    private final AlertBatcher batcher;
    private final List<DueMessages> dueMessages;
    private final OutboxDelivery delivery;
    private final Retention retention;
    private final SourceStateRepository states;
    private final OutboxRepository outbox;
    private final Clock clock;
    private final ExecutorService workers;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final Claims claims;

    /** The shared task of planning what is due: one node at a time does it for all. */
    static final String PLAN = "plan";
    /** How far ahead "every source now" reaches: any source is due by then. */
    private static final Duration EVERY_SOURCE = Duration.ofDays(3650);

    /** @param due reminders, digests, operator notices: what the database says is due after each poll */
    public PollCycle(List<Source> sources, SourcePoller poller, AlertBatcher batcher, List<DueMessages> due,
                     OutboxDelivery delivery, Retention retention, SourceStateRepository states,
                     OutboxRepository outbox, Clock clock, int concurrency, Claims claims) {
        this.claims = claims;
        this.dueMessages = List.copyOf(due);
        this.sources = List.copyOf(sources);
        this.poller = poller;
        this.batcher = batcher;
        this.delivery = delivery;
        this.retention = retention;
        this.states = states;
        this.outbox = outbox;
        this.clock = clock;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "poll-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public CycleReport run(boolean everySource) {
        Instant now = clock.instant();
        Map<String, Instant> nextPolls = everySource ? Map.of() : states.nextPolls();
        List<Source> due = SourceOrder.interleaveHosts(sources.stream().filter(Source::enabled)
                .filter(s -> everySource || !nextPolls.getOrDefault(s.id(), now).isAfter(now))
                .toList());
        List<Future<SourceReport>> running = new ArrayList<>();
        Instant dueBy = everySource ? now.plus(EVERY_SOURCE) : now;
        for (Source source : due) {
            running.add(workers.submit(() -> stopping.get() || !claimed(source, dueBy) ? null : pollSafely(source)));
        }
        List<SourceReport> reports = new ArrayList<>();
        for (Future<SourceReport> future : running) {
            try {
                SourceReport report = future.get();
                if (report != null) {
                    reports.add(report);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException e) {
                throw new IllegalStateException("poll task failed outside its guard", e.getCause());
            }
        }
        int batched = 0;
        int reminded = 0;
        if (!stopping.get() && claims.claimTask(PLAN, clock.instant())) {
            try {
                // A one-off run sends every waiting alert; the daemon waits out each recipient's batch window.
                batched = stopping.get() ? 0 : batcher.flush(everySource);
                reminded = stopping.get() ? 0 : dueMessages.stream().mapToInt(DueMessages::queueDue).sum();
                if (!stopping.get()) {
                    retention.forgetIfDue();
                }
            } finally {
                claims.releaseTask(PLAN);
            }
        }
        DeliveryReport delivered = stopping.get() ? DeliveryReport.none() : delivery.deliverDue();
        CycleReport report = new CycleReport(reports, batched, reminded, delivered, outbox.counts().pending(),
                delivery.destination());
        if (!reports.isEmpty() || batched + reminded > 0 || delivered.delivered() + delivered.retrying() + delivered.rejected() > 0) {
            LOG.info("cycle_done sources={} failed={} new_items={} mentions={} alerts={} emails={} reminders={} "
                    + "delivered={} waiting={}", report.polled(), report.failed(), report.newItems(), report.mentions(),
                    report.queued(), batched, reminded, delivered.delivered(), report.waiting());
        }
        return report;
    }

    /** Whether this node may poll the source now: always alone, with others if no other node holds it. */
    private boolean claimed(Source source, Instant dueBy) {
        try {
            return claims.claimSource(source.id(), dueBy, clock.instant());
        } catch (RuntimeException e) {
            // The database is out of reach: start nothing new; the source stays due for whichever node reaches it.
            LOG.warn("claim_failed source_id={} error=\"{}\"", source.id(), e.toString());
            return false;
        }
    }

    /** Unexpected errors (a parser bug, a full disk) become a failure of this source, never of the cycle. */
    private SourceReport pollSafely(Source source) {
        try {
            return poller.poll(source).orElse(null);
        } catch (RuntimeException e) {
            String reason = "internal error: " + e;
            LOG.error("source_crashed source_id={} error=\"{}\"", source.id(), e.toString(), e);
            try {
                Instant now = clock.instant();
                states.recordFailure(source.id(), reason, 0, now, now.plus(source.interval()));
            } catch (RuntimeException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            return SourceReport.failed(source.id(), reason);
        }
    }

    @Override
    public void stop() {
        stopping.set(true);
    }

    @Override
    public void close() {
        stop();
        workers.shutdown();
    }
}
