package org.casewatch.notify;

import org.casewatch.model.Item;

import java.util.List;

/** A new item from a source and the watched persons it mentions: everything an alert is made from. */
public record AlertFacts(String sourceId, String sourceName, String itemKey, Item item, List<PersonMentions> persons) {

    public AlertFacts {
        persons = List.copyOf(persons);
    }
}
