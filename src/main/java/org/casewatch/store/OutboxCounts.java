package org.casewatch.store;

/** How many messages are waiting, sent, and permanently rejected. */
public record OutboxCounts(long pending, long sent, long rejected) {
}
