package org.casewatch.model;

import java.util.List;

/**
 * The outcome of one full cycle: every source's report, the alert emails and the reminders and digests queued, and the
 * delivery pass after them. {@link #queued()} counts new alerts (one per story and recipient).
 */
public record CycleReport(List<SourceReport> sources, int alertEmails, int reminders, DeliveryReport delivery,
                          long waiting, String destination) {

    public CycleReport {
        sources = List.copyOf(sources);
    }

    public long polled() {
        return sources.size();
    }

    public long failed() {
        return sources.stream().filter(s -> s.outcome() == SourceOutcome.FAILED).count();
    }

    public long notModified() {
        return sources.stream().filter(s -> s.outcome() == SourceOutcome.NOT_MODIFIED).count();
    }

    public int newItems() {
        return sources.stream().mapToInt(SourceReport::newItems).sum();
    }

    public int mentions() {
        return sources.stream().mapToInt(SourceReport::mentions).sum();
    }

    public int queued() {
        return sources.stream().mapToInt(SourceReport::queued).sum();
    }
}
