package org.casewatch.model;

/**
 * A hearing with the name of its person, as calendars and reminders show it.
 *
 * @param subjectName how subject lines name the person: initials when the person is sensitive
 */
public record HearingEvent(StoredHearing hearing, String personName, String subjectName) {

    public HearingEvent(StoredHearing hearing, Person person) {
        this(hearing, person.name(), person.subjectName());
    }
}
