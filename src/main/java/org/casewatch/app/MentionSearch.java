package org.casewatch.app;

import org.casewatch.match.NameMatcher;
import org.casewatch.match.PersonMatcher;
import org.casewatch.model.Mention;
import org.casewatch.model.Person;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The matcher over a watchlist, for {@code casewatch match}: text in, explained mentions out. */
public final class MentionSearch {

    private final NameMatcher matcher;
    private final Map<String, Person> persons;

    public MentionSearch(List<Person> watchlist) {
        this.matcher = new PersonMatcher(watchlist);
        this.persons = watchlist.stream().collect(Collectors.toMap(Person::id, Function.identity()));
    }

    public List<Mention> find(String text) {
        return matcher.find(text);
    }

    public Person person(String id) {
        return persons.get(id);
    }
}
