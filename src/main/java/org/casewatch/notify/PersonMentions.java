package org.casewatch.notify;

import org.casewatch.model.Mention;
import org.casewatch.model.Person;

import java.util.List;

/** One person found in an item, with every place they were found. */
public record PersonMentions(Person person, List<Mention> mentions) {

    public PersonMentions {
        mentions = List.copyOf(mentions);
    }
}
