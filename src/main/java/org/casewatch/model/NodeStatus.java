package org.casewatch.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One node of a cluster as the database sees it, for {@code casewatch cluster}.
 *
 * @param checkedInAt when it last renewed its leases; a node silent for longer than a lease is taken for dead
 * @param stoppedAt   when it stopped cleanly, if it did
 * @param sources     the sources it is polling now (holds a lease on)
 * @param messages    how many outbox messages it has claimed for delivery
 * @param tasks       the shared tasks it holds (planning)
 */
public record NodeStatus(Node node, Instant startedAt, Instant checkedInAt, Optional<Instant> stoppedAt,
                         boolean alive, List<String> sources, int messages, List<String> tasks) {
}
