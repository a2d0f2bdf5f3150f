package org.casewatch.pipeline;

import org.casewatch.model.CycleReport;
import org.casewatch.model.DeliveryReport;
import org.casewatch.model.Source;
import org.casewatch.model.SourceReport;
import org.casewatch.store.OutboxRepository;
import org.casewatch.store.SourceStateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
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
 * flight finish.
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

    /** @param due reminders, digests, operator notices: what the database says is due after each poll */
    public PollCycle(List<Source> sources, SourcePoller poller, AlertBatcher batcher, List<DueMessages> due,
                     OutboxDelivery delivery, Retention retention, SourceStateRepository states,
                     OutboxRepository outbox, Clock clock, int concurrency) {
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
        for (Source source : due) {
            running.add(workers.submit(() -> stopping.get() ? null : pollSafely(source)));
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
        // A one-off run sends every waiting alert; the daemon waits out each recipient's batch window.
        int batched = stopping.get() ? 0 : batcher.flush(everySource);
        int reminded = stopping.get() ? 0 : dueMessages.stream().mapToInt(DueMessages::queueDue).sum();
        DeliveryReport delivered = stopping.get() ? DeliveryReport.none() : delivery.deliverDue();
        if (!stopping.get()) {
            retention.forgetIfDue();
        }
        CycleReport report = new CycleReport(reports, batched, reminded, delivered, outbox.counts().pending(),
                delivery.destination());
        if (!reports.isEmpty() || batched + reminded > 0 || delivered.delivered() + delivered.retrying() + delivered.rejected() > 0) {
            LOG.info("cycle_done sources={} failed={} new_items={} mentions={} alerts={} emails={} reminders={} "
                    + "delivered={} waiting={}", report.polled(), report.failed(), report.newItems(), report.mentions(),
                    report.queued(), batched, reminded, delivered.delivered(), report.waiting());
        }
        return report;
    }

    /** Unexpected errors (a parser bug, a full disk) become a failure of this source, never of the cycle. */
    private SourceReport pollSafely(Source source) {
        try {
            return poller.poll(source);
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
