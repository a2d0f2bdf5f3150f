package org.casewatch.web;

import org.casewatch.model.Follows;
import org.casewatch.model.Person;
import org.casewatch.model.Staff;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Which persons a staff member follows, and her follows with one person added or taken out. */
final class Following {

    private Following() {
    }

    static Set<String> ids(Staff staff, List<Person> persons) {
        return persons.stream().filter(staff.follows()::covers).map(Person::id).collect(Collectors.toSet());
    }

    static Follows with(Follows follows, String personId) {
        if (follows.all() || follows.personIds().contains(personId)) {
            return follows;
        }
        Set<String> ids = new HashSet<>(follows.personIds());
        ids.add(personId);
        return new Follows(false, ids, follows.tags());
    }

    /** Without the person: a tag or "all" that covers her becomes the list of the others it covers. */
    static Follows without(Follows follows, Person person, List<Person> persons) {
        Set<String> ids = new HashSet<>(follows.personIds());
        Set<String> tags = new HashSet<>(follows.tags());
        if (follows.all()) {
            persons.forEach(p -> ids.add(p.id()));
            tags.clear();
        }
        for (String tag : person.tags()) {
            if (tags.remove(tag)) {
                persons.stream().filter(p -> p.tags().contains(tag)).forEach(p -> ids.add(p.id()));
            }
        }
        ids.remove(person.id());
        return new Follows(false, ids, tags);
    }
}
