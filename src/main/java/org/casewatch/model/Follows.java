package org.casewatch.model;

import java.util.Set;

/** What a subscriber follows: everyone, or the listed person ids and tags. */
public record Follows(boolean all, Set<String> personIds, Set<String> tags) {

    public Follows {
        personIds = Set.copyOf(personIds);
        tags = Set.copyOf(tags);
    }

    public static Follows everyone() {
        return new Follows(true, Set.of(), Set.of());
    }

    public boolean covers(Person person) {
        return all || personIds.contains(person.id()) || person.tags().stream().anyMatch(tags::contains);
    }
}
