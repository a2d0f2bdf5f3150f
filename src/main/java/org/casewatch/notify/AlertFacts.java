package org.casewatch.notify;

import org.casewatch.model.Item;

import java.util.List;

/**
 * A new story as one recipient hears of it: the item that first carried it, the followed persons it names,
 * and the other sources that reported it too.
 */
public record AlertFacts(String sourceName, Item item, List<PersonMentions> persons, List<String> alsoReportedBy) {

    public AlertFacts {
        persons = List.copyOf(persons);
        alsoReportedBy = List.copyOf(alsoReportedBy);
    }
}
