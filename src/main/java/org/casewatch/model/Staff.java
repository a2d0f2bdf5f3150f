package org.casewatch.model;

/** A staff member who follows cases and receives alerts and, unless turned off, hearing reminders. */
public record Staff(String email, String name, String language, Follows follows, AlertMode alerts, boolean reminders) {

    /** A staff member who receives reminders. */
    public Staff(String email, String name, String language, Follows follows, AlertMode alerts) {
        this(email, name, language, follows, alerts, true);
    }
}
