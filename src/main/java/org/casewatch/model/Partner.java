package org.casewatch.model;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/**
 * A partner organisation: reads, does not configure. It receives a weekly digest of the public cases it is
 * given (all of them, or the listed persons and tags), never internal ones and never operational errors.
 */
public record Partner(String organisation, List<String> emails, String language, DayOfWeek day, LocalTime time,
                      Follows cases) {

    public Partner {
        emails = List.copyOf(emails);
    }

    /** Whether this partner may hear about the person: public, and among its cases. */
    public boolean sees(Person person) {
        return person.visibility() == Visibility.PUBLIC && cases.covers(person);
    }
}
