package org.casewatch.model;

import java.util.List;

/**
 * A watched person from the watchlist.
 *
 * @param names   the name as written first, then native-script names and aliases, all of which may match
 * @param notNames names of relatives or namesakes that must never count as this person
 * @param hearings hearings the watchlist states for this person
 * @param sensitive whether subject lines show only the initials
 * @param note     for staff only; never shown to partners
 */
public record Person(String id, String name, List<String> names, List<String> tags, String status,
                     Visibility visibility, List<String> notNames, List<KnownHearing> hearings, boolean sensitive,
                     String note) {

    public Person {
        names = List.copyOf(names);
        tags = List.copyOf(tags);
        notNames = List.copyOf(notNames);
        hearings = List.copyOf(hearings);
    }

    /** A person with no known hearings, not sensitive, without notes. */
    public Person(String id, String name, List<String> names, List<String> tags, String status, Visibility visibility,
                  List<String> notNames) {
        this(id, name, names, tags, status, visibility, notNames, List.of(), false, "");
    }

    /** How subject lines name this person: initials only when the person is sensitive. */
    public String subjectName() {
        if (!sensitive) {
            return name;
        }
        StringBuilder initials = new StringBuilder();
        for (String part : name.split("[\\s-]+")) {
            if (!part.isEmpty()) {
                initials.append(initials.length() > 0 ? " " : "").append(part.charAt(0)).append('.');
            }
        }
        return initials.toString();
    }
}
