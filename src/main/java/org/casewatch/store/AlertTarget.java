package org.casewatch.store;

import java.util.List;

/** A recipient to alert about an item, and the followed persons it names. */
public record AlertTarget(String recipient, List<String> personIds) {

    public AlertTarget {
        personIds = List.copyOf(personIds);
    }
}
