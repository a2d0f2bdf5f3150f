package org.casewatch.model;

/** A staff member who follows cases and receives alerts. */
public record Staff(String email, String name, String language, Follows follows, AlertMode alerts) {
}
