package org.casewatch.model;

import java.time.Instant;

/**
 * A written form that must never again count as a person ("not this person", chosen by a staff member in the
 * console); applied from the next cycle.
 *
 * @param surface the words exactly as the text wrote them
 * @param by      the address of the staff member who chose it
 */
public record NameExclusion(String personId, String surface, String by, Instant at) {
}
