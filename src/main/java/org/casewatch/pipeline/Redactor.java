package org.casewatch.pipeline;

import org.casewatch.match.NameMatcher;
import org.casewatch.match.PersonMatcher;
import org.casewatch.model.Mention;
import org.casewatch.model.Person;
import org.casewatch.model.Visibility;

import java.util.List;

/**
 * Withholds internal persons' names from text meant for partners, in every spelling the matcher knows:
 * a story about a public person may name an internal one in its headline.
 */
final class Redactor {

    static final String WITHHELD = "[name withheld]";

    private final NameMatcher internal;
    private final boolean any;

    Redactor(List<Person> persons) {
        List<Person> hidden = persons.stream().filter(p -> p.visibility() == Visibility.INTERNAL).toList();
        this.internal = new PersonMatcher(hidden);
        this.any = !hidden.isEmpty();
    }

    /** The text with internal names replaced; the same text when it names none. */
    String redact(String text) {
        if (!any) {
            return text;
        }
        List<Mention> found = internal.find(text);
        if (found.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        for (int i = found.size() - 1; i >= 0; i--) {
            out.replace(found.get(i).start(), found.get(i).end(), WITHHELD);
        }
        return out.toString();
    }
}
