package org.casewatch.model;

import java.time.Instant;
import java.util.Optional;

/**
 * What a staff member chose in the console, each field empty where she kept the default of
 * {@code subscribers.yaml}; in force from the next cycle.
 */
public record StaffPreferences(String email, Optional<String> language, Optional<AlertMode> alerts,
                               Optional<Boolean> reminders, Optional<Follows> follows, Instant updatedAt) {

    public static StaffPreferences none(String email) {
        return new StaffPreferences(email, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Instant.EPOCH);
    }

    public boolean isEmpty() {
        return language.isEmpty() && alerts.isEmpty() && reminders.isEmpty() && follows.isEmpty();
    }
}
