package org.casewatch.hearings;

import org.casewatch.model.Mention;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whose event a sentence reports, read through the document: the watched persons the sentence names in any
 * form the matcher accepts (a surname after a full mention included), or, when it names none, the persons the
 * text was last about, when it refers back to them by pronoun, role, group or nothing at all. It gives nothing
 * when the sentence is about somebody else: a relative ("his daughter", "брат журналиста"), a person nobody
 * watches, or, in a text about several watched persons, one the words do not single out.
 */
final class Attribution {



    private final List<Mention> mentions;
    private final String text;
    private final Map<String, References.Gender> genders;
    private final boolean onePerson;
    /** The persons the headline and first paragraph name: whom an unattributed event of the text is about. */
    private final Set<String> subjects;
    /** The first four letters of the given names each person is written with in full in this text. */
    private final Map<String, Set<String>> givenNames;
    private Set<String> current = Set.of();
    private int currentParagraph = -1;
    private boolean otherSubject;
    /** The sentence before spoke of a group of other people ("participants"): "their" is theirs. */
    private boolean otherGroup;

    /** @param leadEnd the offset where the text's headline and first paragraph end */
    Attribution(String text, List<Mention> mentions, int leadEnd) {
        this.text = text;
        this.mentions = List.copyOf(mentions);
        this.onePerson = mentions.stream().map(Mention::personId).distinct().count() == 1;
        this.genders = mentions.stream().collect(Collectors.groupingBy(Mention::personId,
                Collectors.collectingAndThen(Collectors.toList(), References::gender)));
        this.subjects = mentions.stream().filter(m -> m.start() < leadEnd).map(Mention::personId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        this.givenNames = mentions.stream().filter(m -> m.rule().startsWith("full name"))
                .collect(Collectors.groupingBy(Mention::personId, Collectors.flatMapping(m -> {
                    String[] parts = m.surface().strip().split("\\s+");
                    return java.util.Arrays.stream(parts, 0, Math.max(0, parts.length - 1)).map(Attribution::stem);
                }, Collectors.toSet())));
    }

    /**
     * The watched persons the sentence is about, for the event at word {@code at}; reading sentences in order
     * keeps track of whom the text is about.
     */
    Set<String> persons(Sentences.Span span, int paragraph, Words words, int at, int previousDate) {
        List<Mention> named = named(span, words);
        List<Integer> clauses = Clauses.of(text.substring(span.start(), span.end()), words);
        int clause = clauses.get(Math.min(at, clauses.size() - 1));
        if (!named.isEmpty()) {
            Set<String> inClause = clause(named, span, words, clauses, clause);
            if (inClause.size() > 1 && previousDate >= 0) {
                // "Tokmurzin's appeal will be heard on 14 April, and Kenzhetayeva's on 21 April": the names
                // between the previous date and this one are this date's.
                Set<String> own = between(named, span, words, previousDate, at);
                if (!own.isEmpty()) {
                    return own;
                }
            }
            if (!inClause.isEmpty()) {
                return inClause;
            }
            if (OtherPersons.somebodyElseIn(words, clauses, clause)) {
                return Set.of();
            }
            if (!References.plural(words, clauses, clause)) {
                return ids(named);
            }
        } else if (OtherPersons.somebodyElseIn(words, clauses, clause) || OtherPersons.somebodyElse(words)) {
            return Set.of();
        }
        if (References.plural(words, clauses, clause)) {
            if (otherGroup) {
                // "Police detained eight participants. The court will hear their cases on 12 December."
                return Set.of();
            }
            return current.size() > 1 ? current : subjects.size() > 1 ? subjects : current;
        }
        References.Gender said = References.pronoun(words);
        boolean pronoun = said != References.Gender.UNKNOWN || References.neutralPronoun(words);
        boolean role = References.singularRole(words);
        if (pronoun || role) {
            if (otherSubject && pronoun) {
                // The sentence before was about somebody else: "she", "оған" are most likely them.
                return Set.of();
            }
            Set<String> from = current.isEmpty() ? subjects : current;
            boolean sure = References.surePronoun(words);
            References.Gender known = from.size() == 1
                    ? genders.getOrDefault(from.iterator().next(), References.Gender.UNKNOWN) : References.Gender.UNKNOWN;
            if (sure && known == References.opposite(said)) {
                // "He had been released": the woman the text is about is not "he".
                return Set.of();
            }
            if (from.size() <= 1) {
                return from;
            }
            Set<String> fit = from.stream().filter(p -> genders.getOrDefault(p, References.Gender.UNKNOWN) == said)
                    .collect(Collectors.toSet());
            return fit.size() == 1 ? fit : Set.of();
        }
        // Nothing refers to anybody ("The trial opened on 18 November"): the text's own case, which is all of its
        // co-defendants' when the one named last is one of them.
        if (subjects.size() > current.size() && subjects.containsAll(current) && !current.isEmpty()) {
            return subjects;
        }
        if (!current.isEmpty() && (onePerson || paragraph == currentParagraph)) {
            return current;
        }
        return subjects.isEmpty() ? current : subjects;
    }

    /** Moves on past a sentence: whom the text is about after it. */
    void read(Sentences.Span span, int paragraph, Words words) {
        List<Mention> named = named(span, words);
        otherGroup = References.otherGroup(words);
        if (!named.isEmpty()) {
            current = ids(named);
            currentParagraph = paragraph;
            otherSubject = false;
        } else {
            List<Integer> clauses = Clauses.of(text.substring(span.start(), span.end()), words);
            // After a sentence about somebody else, "he" or "she" may well be them.
            otherSubject = !clauses.isEmpty() && OtherPersons.somebodyElseIn(words, clauses, clauses.get(0));
        }
    }



    /** The sentence's mentions that name the person, not a relative of theirs ("дочь Темирханова"). */
    private List<Mention> named(Sentences.Span span, Words words) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.start() >= span.start() && m.end() <= span.end()) {
                int first = words.at(m.start() - span.start());
                int last = words.at(m.end() - 1 - span.start());
                if (!OtherPersons.relativeOf(m, words, first, last) && !namesake(m, words, last, span.start())) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /**
     * A surname followed by somebody else's given name or initial: "осуждённого Оспанова Руслана Маратовича" is
     * not Bauyrzhan Ospanov, though the text named him in full before.
     */
    private boolean namesake(Mention m, Words words, int last, int spanStart) {
        if (m.rule().startsWith("full name") || last + 1 >= words.size()
                || !text.substring(m.end(), spanStart + words.starts().get(last + 1)).isBlank()) {
            return false;
        }
        String next = words.original().get(last + 1);
        if (!Character.isUpperCase(next.charAt(0))) {
            return false;
        }
        Set<String> given = givenNames.getOrDefault(m.personId(), Set.of());
        if (given.isEmpty()) {
            return false;
        }
        String stem = stem(next);
        return given.stream().noneMatch(g -> next.length() <= 2 ? g.charAt(0) == stem.charAt(0) : g.equals(stem));
    }

    private static String stem(String word) {
        String lower = EventCues.lower(word);
        return lower.length() <= 4 ? lower : lower.substring(0, 4);
    }


    /** The persons named between two words of the sentence. */
    private static Set<String> between(List<Mention> named, Sentences.Span span, Words words, int from, int to) {
        Set<String> out = new LinkedHashSet<>();
        for (Mention m : named) {
            int word = words.at(m.start() - span.start());
            if (word > from && word < to) {
                out.add(m.personId());
            }
        }
        return out;
    }

    /** The persons named in the event's clause. */
    private Set<String> clause(List<Mention> named, Sentences.Span span, Words words, List<Integer> clauses,
                               int clause) {
        Set<String> out = new LinkedHashSet<>();
        for (Mention m : named) {
            int word = words.at(m.start() - span.start());
            if (clauses.get(word) == clause) {
                out.add(m.personId());
            }
        }
        return out;
    }






    private static Set<String> ids(List<Mention> named) {
        return named.stream().map(Mention::personId).collect(Collectors.toCollection(LinkedHashSet::new));
    }


}
