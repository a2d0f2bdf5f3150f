package org.casewatch.store;

import java.time.Instant;

/** A signed-in console session as the database keeps it (its token only as a hash, never here). */
public record WebSession(long id, String email, Instant createdAt, Instant lastSeenAt, String client, String userAgent) {
}
