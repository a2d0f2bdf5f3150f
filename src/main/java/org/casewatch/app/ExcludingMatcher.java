package org.casewatch.app;

import org.casewatch.match.NameMatcher;
import org.casewatch.model.Mention;
import org.casewatch.model.NameExclusion;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The matcher with the written forms staff excluded in the console ("not this person, never again"): a mention whose
 * words, ignoring case, are excluded for its person does not count. Other forms of the name still do.
 */
final class ExcludingMatcher implements NameMatcher {

    private final NameMatcher matcher;
    private final Set<String> excluded;

    ExcludingMatcher(NameMatcher matcher, List<NameExclusion> exclusions) {
        this.matcher = matcher;
        this.excluded = exclusions.stream().map(e -> key(e.personId(), e.surface())).collect(Collectors.toSet());
    }

    @Override
    public List<Mention> find(String text) {
        List<Mention> all = matcher.find(text);
        if (excluded.isEmpty()) {
            return all;
        }
        return all.stream().filter(m -> !excluded.contains(key(m.personId(), m.surface()))).toList();
    }

    private static String key(String personId, String surface) {
        return personId + "\u0000" + surface.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
