package org.casewatch.model;

/** A hearing with the name of its person, as calendars and reminders show it. */
public record HearingEvent(StoredHearing hearing, String personName) {
}
