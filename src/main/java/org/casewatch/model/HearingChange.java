package org.casewatch.model;

import java.time.Instant;

/** A change to a hearing: found, postponed, reported held... with when it was recorded. */
public record HearingChange(StoredHearing hearing, Instant at, String change) {
}
