package org.casewatch.match;

import org.casewatch.model.Mention;
import org.casewatch.model.Person;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first matcher: each watchlist name and alias as written, case-insensitive, as whole words, in any
 * script the watchlist uses. Spelling variants and inflection are the job of a later matcher behind the
 * same {@link NameMatcher} interface. Names in a person's {@code not} list suppress hits inside them.
 */
public final class WatchlistMatcher implements NameMatcher {

    private static final String EDGE_BEFORE = "(?<![\\p{L}\\p{N}_])";
    private static final String EDGE_AFTER = "(?![\\p{L}\\p{N}_])";

    private record NamePattern(String personId, Pattern pattern, String rule) {
    }

    private final List<NamePattern> names = new ArrayList<>();
    private final List<NamePattern> exclusions = new ArrayList<>();

    public WatchlistMatcher(List<Person> persons) {
        for (Person person : persons) {
            for (int i = 0; i < person.names().size(); i++) {
                names.add(new NamePattern(person.id(), compile(person.names().get(i)), i == 0 ? "name" : "alias"));
            }
            for (String not : person.notNames()) {
                exclusions.add(new NamePattern(person.id(), compile(not), "not"));
            }
        }
    }

    /** Words of the name in order, separated by any run of spaces, case-insensitive in every script. */
    static Pattern compile(String name) {
        List<String> words = List.of(name.strip().split("\\s+"));
        String body = String.join("[\\s\\u00A0]+", words.stream().map(Pattern::quote).toList());
        return Pattern.compile(EDGE_BEFORE + body + EDGE_AFTER, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    @Override
    public List<Mention> find(String text) {
        List<Mention> hits = new ArrayList<>();
        for (NamePattern name : names) {
            Matcher m = name.pattern().matcher(text);
            while (m.find()) {
                if (!excluded(name.personId(), text, m.start(), m.end())) {
                    Snippet s = Snippet.around(text, m.start(), m.end());
                    hits.add(new Mention(name.personId(), m.group(), m.start(), m.end(), s.text(), s.start(), s.end(),
                            1.0, name.rule()));
                }
            }
        }
        hits.sort(Comparator.comparingInt(Mention::start).thenComparing(Mention::end, Comparator.reverseOrder()));
        return withoutNested(hits);
    }

    private boolean excluded(String personId, String text, int start, int end) {
        for (NamePattern not : exclusions) {
            if (!not.personId().equals(personId)) {
                continue;
            }
            Matcher m = not.pattern().matcher(text);
            while (m.find()) {
                if (m.start() <= start && m.end() >= end) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Drops a person's hit that lies inside a longer hit of the same person (an alias inside the full name). */
    private static List<Mention> withoutNested(List<Mention> sorted) {
        List<Mention> out = new ArrayList<>();
        for (Mention hit : sorted) {
            boolean nested = out.stream().anyMatch(kept -> kept.personId().equals(hit.personId())
                    && kept.start() <= hit.start() && kept.end() >= hit.end());
            if (!nested) {
                out.add(hit);
            }
        }
        return out;
    }
}
