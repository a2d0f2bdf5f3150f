package org.casewatch.model;

import java.util.List;

/**
 * A watched person from the watchlist.
 *
 * @param names   the name as written first, then native-script names and aliases, all of which may match
 * @param notNames names of relatives or namesakes that must never count as this person
 * @param hearings hearings the watchlist states for this person
 */
public record Person(String id, String name, List<String> names, List<String> tags, String status,
                     Visibility visibility, List<String> notNames, List<KnownHearing> hearings) {

    public Person {
        names = List.copyOf(names);
        tags = List.copyOf(tags);
        notNames = List.copyOf(notNames);
        hearings = List.copyOf(hearings);
    }

    /** A person with no known hearings. */
    public Person(String id, String name, List<String> names, List<String> tags, String status, Visibility visibility,
                  List<String> notNames) {
        this(id, name, names, tags, status, visibility, notNames, List.of());
    }
}
