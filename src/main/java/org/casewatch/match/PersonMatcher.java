package org.casewatch.match;

import org.casewatch.model.Mention;
import org.casewatch.model.Person;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds watched persons however the text spells them: in Latin, Russian or Kazakh Cyrillic, in the usual
 * transliterations, inflected, surname first, with initials, or with one typo in a long surname.
 * Full names count; a surname alone counts only where the document leaves no doubt: it is unique among
 * watched persons and no ordinary word, or the person was named in full earlier. A surname after another
 * first name (a relative, a namesake), a first name alone, and a person's {@code not} names never count.
 */
public final class PersonMatcher implements NameMatcher {

    /** Capitalised words that may stand before a surname without being someone's first name. */
    private static final Set<String> TITLES = skeletons("mr mrs ms dr judge activist journalist lawyer president"
            + " minister editor blogger poet prisoner citizen deputy senator general colonel professor sir madam"
            + " судья активист активистка журналист журналистка адвокат господин госпожа президент министр"
            + " редактор блогер поэт заключенный заключенная гражданин гражданка депутат правозащитник"
            + " правозащитница оппозиционер осужденный осужденная г тов сот белсенді журналист");
    /** Words after a surname that make it the name of a place or thing. */
    private static final Set<String> PLACE_WORDS = skeletons("street avenue square road lane prospect prospekt"
            + " district village station airport school university park stadium prize award foundation fund"
            + " street's family brothers");
    /** Patronymics (Serikovich, Serikovna, Serikuly) in the Russian cases they take in running text. */
    private static final String[] PATRONYMIC_FORMS = patronymicForms();

    private final List<Person> persons;
    private final Lexicon names;
    private final Lexicon exclusions;

    public PersonMatcher(List<Person> persons) {
        this.persons = List.copyOf(persons);
        this.names = new Lexicon(persons.stream().map(Person::names).toList());
        this.exclusions = new Lexicon(persons.stream().map(Person::notNames).toList());
    }

    /** A person found at tokens {@code first..last}. */
    private record Found(int person, int first, int last, double confidence, String rule) {
    }

    @Override
    public List<Mention> find(String text) {
        List<Token> tokens = Tokenizer.tokens(text);
        Document doc = new Document(tokens, names);
        boolean[] taken = new boolean[tokens.size()];
        // Names that must not count are looked for only where some watched surname occurs at all.
        List<Found> excluded = exclusions.isEmpty() || !doc.anyReading() ? List.of()
                : new Document(tokens, exclusions).fullNames(new boolean[tokens.size()]);
        for (Found f : excluded) {
            for (int i = f.first(); i <= f.last(); i++) {
                taken[i] = true;
            }
        }
        List<Found> found = new ArrayList<>(doc.fullNames(taken));
        found.addAll(doc.bareSurnames(taken, found));
        found.sort((a, b) -> Integer.compare(a.first(), b.first()));
        List<Mention> mentions = new ArrayList<>(found.size());
        for (Found f : found) {
            int start = tokens.get(f.first()).start();
            int end = tokens.get(f.last()).end();
            Snippet s = Snippet.around(text, start, end);
            mentions.add(new Mention(persons.get(f.person()).id(), text.substring(start, end), start, end, s.text(),
                    s.start(), s.end(), f.confidence(), f.rule()));
        }
        return mentions;
    }

    /** One text's words with their readings against one lexicon. */
    private static final class Document {
        private final List<Token> tokens;
        private final Lexicon lexicon;
        private final List<List<Lexicon.Analysis>> readings;

        Document(List<Token> tokens, Lexicon lexicon) {
            this.tokens = tokens;
            this.lexicon = lexicon;
            this.readings = new ArrayList<>(tokens.size());
            for (Token t : tokens) {
                readings.add(lexicon.analyse(t));
            }
        }

        boolean anyReading() {
            return readings.stream().anyMatch(r -> !r.isEmpty());
        }

        /** Full names, found from their surnames; their words are marked taken. */
        List<Found> fullNames(boolean[] taken) {
            List<Found> out = new ArrayList<>();
            for (int j = 0; j < tokens.size(); j++) {
                if (taken[j] || !tokens.get(j).capitalized()) {
                    continue;
                }
                Found best = null;
                for (Lexicon.Analysis a : readings.get(j)) {
                    Found f = a.role() == Lexicon.Role.ALIAS ? new Found(a.person(), j, j, 0.9, "alias" + form(a))
                            : fullAround(j, a, taken);
                    if (f != null && (best == null || f.last() - f.first() > best.last() - best.first()
                            || f.last() - f.first() == best.last() - best.first() && f.confidence() > best.confidence())) {
                        best = f;
                    }
                }
                if (best != null) {
                    out.add(best);
                    for (int k = best.first(); k <= best.last(); k++) {
                        taken[k] = true;
                    }
                    j = best.last();
                }
            }
            return out;
        }

        /** The person's given names (or an initial) before the surname at j, or after it. */
        private Found fullAround(int j, Lexicon.Analysis surname, boolean[] taken) {
            int person = surname.person();
            int first = j;
            int k = j - 1;
            if (k >= 1 && linked(k, j, taken) && isPatronymic(tokens.get(k)) && linked(k - 1, k, taken)
                    && lexicon.isGivenOf(tokens.get(k - 1), person)) {
                // "Aidos Serikovich Temirkhanov": a patronymic may stand between the names.
                first = k - 1;
                k -= 2;
            }
            while (k >= 0 && linked(k, k + 1, taken) && tokens.get(k).capitalized()
                    && lexicon.isGivenOf(tokens.get(k), person)) {
                first = k--;
            }
            if (first < j) {
                return new Found(person, first, j, surname.typo() ? 0.85 : 0.98, "full name" + form(surname) + typo(surname));
            }
            int last = j;
            while (last + 1 < tokens.size() && linked(last, last + 1, taken) && tokens.get(last + 1).capitalized()
                    && lexicon.isGivenOf(tokens.get(last + 1), person)) {
                last++;
            }
            if (last > j) {
                return new Found(person, j, last, surname.typo() ? 0.8 : 0.95, "full name, surname first"
                        + form(surname) + typo(surname));
            }
            if (j >= 1 && linked(j - 1, j, taken) && lexicon.isInitialOf(tokens.get(j - 1), person)) {
                return new Found(person, j - 1, j, 0.9, "initial and surname" + form(surname) + typo(surname));
            }
            if (j + 1 < tokens.size() && linked(j, j + 1, taken) && lexicon.isInitialOf(tokens.get(j + 1), person)) {
                return new Found(person, j, j + 1, 0.9, "surname and initial" + form(surname) + typo(surname));
            }
            return null;
        }

        /** Words a and b = a + 1 are both free and only spaces or a hyphen stand between them. */
        private boolean linked(int a, int b, boolean[] taken) {
            return a >= 0 && b < tokens.size() && !taken[a] && !taken[b] && tokens.get(b).joinedToPrevious();
        }

        /** Surnames standing alone, where the document leaves no doubt about who is meant. */
        List<Found> bareSurnames(boolean[] taken, List<Found> full) {
            Set<Integer> namesakes = new HashSet<>();
            for (int i = 0; i < tokens.size(); i++) {
                if (!taken[i] && otherFirstNameBefore(i)) {
                    readings.get(i).forEach(a -> namesakes.add(a.person()));
                }
            }
            List<Found> out = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                if (taken[i] || !token.capitalized() || token.initial() || otherFirstNameBefore(i)) {
                    continue;
                }
                Found best = null;
                for (Lexicon.Analysis a : readings.get(i)) {
                    if (a.role() == Lexicon.Role.SURNAME) {
                        Found f = bare(i, a, full, namesakes);
                        if (f != null && (best == null || f.confidence() > best.confidence())) {
                            best = f;
                        }
                    }
                }
                if (best != null) {
                    out.add(best);
                }
            }
            return out;
        }

        private Found bare(int i, Lexicon.Analysis a, List<Found> full, Set<Integer> namesakes) {
            Token token = tokens.get(i);
            Set<Integer> owners = lexicon.surnameOwners(a.entry().stem());
            int person = a.person();
            if (owners.size() > 1) {
                List<Integer> tied = owners.stream().filter(p -> namedBefore(full, p, i)).toList();
                if (tied.size() != 1 || tied.get(0) != person) {
                    return null;
                }
            }
            boolean before = namedBefore(full, person, i);
            // A male surname in -a is his genitive in Russian, but a woman of his family in English.
            boolean mayBeWoman = a.entry().declension() == Declension.MALE_SURNAME && a.meaning().equals("Russian genitive");
            if (mayBeWoman && (!token.cyrillic() || !before || namesakes.contains(person))) {
                return null;
            }
            String surname = "surname" + form(a) + typo(a);
            if (before) {
                return new Found(person, i, i, a.typo() ? 0.75 : 0.9, surname + ", after a full mention");
            }
            boolean ordinary = WordLists.isOrdinaryWord(token.skeleton()) || WordLists.isOrdinaryWord(a.entry().word())
                    || a.entry().declension().isPatronymicSurname(a.entry().word());
            if (owners.size() > 1 || ordinary || namesakes.contains(person) || placeNameAfter(i)) {
                return null;
            }
            return new Found(person, i, i, a.typo() ? 0.65 : 0.8, surname + ", unique among watched persons");
        }

        /** "Tokmurzin Street", "Temirkhanov Prize": a surname naming a place or a thing, not the person. */
        private boolean placeNameAfter(int i) {
            return i + 1 < tokens.size() && tokens.get(i + 1).joinedToPrevious()
                    && PLACE_WORDS.contains(tokens.get(i + 1).skeleton());
        }

        private static boolean namedBefore(List<Found> full, int person, int index) {
            for (Found f : full) {
                if (f.person() == person && f.last() < index) {
                    return true;
                }
            }
            return false;
        }

        /** "Dana Temirkhanova", "Nurlan Temirkhanov": another capitalised first word joined to the surname. */
        private boolean otherFirstNameBefore(int i) {
            if (i == 0 || !tokens.get(i).joinedToPrevious()) {
                return false;
            }
            Token previous = tokens.get(i - 1);
            if (!previous.capitalized() || previous.initial() || TITLES.contains(previous.skeleton())
                    || WordLists.isOrdinaryWord(previous.skeleton())) {
                return false;
            }
            // Mid-sentence, a capitalised word before a surname is a name; at a sentence start only a known one.
            return !previous.sentenceStart() || WordLists.isGivenName(previous.skeleton())
                    || lexicon.isWatchedGivenName(previous);
        }



        private static boolean isPatronymic(Token token) {
            if (!token.capitalized()) {
                return false;
            }
            String s = token.skeleton();
            for (String ending : PATRONYMIC_FORMS) {
                if (s.length() > ending.length() + 2 && s.endsWith(ending)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static String form(Lexicon.Analysis a) {
        return a.meaning().equals("as written") ? "" : ", " + a.meaning();
    }

    private static String typo(Lexicon.Analysis a) {
        return a.typo() ? ", one-letter typo" : "";
    }

    private static String[] patronymicForms() {
        List<String> forms = new ArrayList<>();
        for (String ending : List.of("ovich", "evich", "ovna", "evna", "ich", "ichna", "uli", "kizi")) {
            for (String tail : List.of("", "a", "u", "e", "em", "i", "oi")) {
                forms.add(ending + tail);
            }
        }
        return forms.toArray(String[]::new);
    }

    private static Set<String> skeletons(String words) {
        Set<String> out = new HashSet<>();
        for (String w : words.split("\\s+")) {
            out.add(Skeleton.of(w));
        }
        return Set.copyOf(out);
    }
}
