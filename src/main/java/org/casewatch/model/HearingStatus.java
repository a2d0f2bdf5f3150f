package org.casewatch.model;

import java.util.Locale;

/** Where a hearing stands: still to come, moved to another date, over, or called off. */
public enum HearingStatus {
    SCHEDULED, POSTPONED, HELD, CANCELLED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
