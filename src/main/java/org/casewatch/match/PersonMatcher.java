package org.casewatch.match;

import org.casewatch.model.Mention;
import org.casewatch.model.Person;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds watched persons however the text spells them: in Latin, Russian, Kazakh, Ukrainian or Belarusian
 * Cyrillic, in the usual transliterations and the Latin alphabets of neighbouring languages, inflected,
 * surname first, with initials, with a given-name variant the press uses, or with one typo.
 * Full names count; a surname alone counts only where the document leaves no doubt: it is unique among
 * watched persons and no ordinary word, place or common given name, or the person was named in full
 * earlier. A surname next to another first name (a relative, a namesake), a first name alone, and a
 * person's {@code not} names never count.
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
    /** Prepositions before a place name: a surname after them that is also a place is the place. */
    private static final Set<String> PLACE_PREPOSITIONS = skeletons("в во на из под над near in from at to across"
            + " у з із ля ў на");
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
            // A typo in the given name is believed only beside a surname written without one.
            boolean typoAllowed = !surname.typo();
            String givenRule = "";
            int first = j;
            int k = j - 1;
            if (k >= 1 && linked(k, j, taken) && isPatronymic(tokens.get(k)) && linked(k - 1, k, taken)) {
                // "Aidos Serikovich Temirkhanov": a patronymic may stand between the names.
                Optional<Lexicon.GivenReading> g = lexicon.given(tokens.get(k - 1), person, typoAllowed);
                if (g.isPresent() && tokens.get(k - 1).capitalized()) {
                    givenRule = g.get().rule;
                    first = k - 1;
                    k -= 2;
                }
            }
            while (k >= 0 && linked(k, k + 1, taken) && tokens.get(k).capitalized()) {
                Optional<Lexicon.GivenReading> g = lexicon.given(tokens.get(k), person, typoAllowed && first == j);
                if (g.isEmpty()) {
                    break;
                }
                givenRule = moreDoubtful(givenRule, g.get().rule);
                first = k--;
            }
            if (first < j) {
                return new Found(person, first, j, confidence(0.98, surname, givenRule),
                        "full name" + form(surname) + typo(surname) + part(givenRule));
            }
            int last = j;
            while (last + 1 < tokens.size() && linked(last, last + 1, taken) && tokens.get(last + 1).capitalized()) {
                Optional<Lexicon.GivenReading> g = lexicon.given(tokens.get(last + 1), person, typoAllowed && last == j);
                if (g.isEmpty()) {
                    break;
                }
                givenRule = moreDoubtful(givenRule, g.get().rule);
                last++;
            }
            if (last > j) {
                return new Found(person, j, last, confidence(0.95, surname, givenRule), "full name, surname first"
                        + form(surname) + typo(surname) + part(givenRule));
            }
            if (surname.needsGiven()) {
                return null;
            }
            if (j >= 1 && linked(j - 1, j, taken) && lexicon.isInitialOf(tokens.get(j - 1), person)) {
                return new Found(person, j - 1, j, 0.9, "initial and surname" + form(surname) + typo(surname));
            }
            if (j + 1 < tokens.size() && linked(j, j + 1, taken) && lexicon.isInitialOf(tokens.get(j + 1), person)) {
                return new Found(person, j, j + 1, 0.9, "surname and initial" + form(surname) + typo(surname));
            }
            return null;
        }

        /** The weaker of two given-name readings, for the rule shown: a typo over a variant over none. */
        private static String moreDoubtful(String a, String b) {
            if (a.equals(Lexicon.GivenReading.TYPO.rule) || b.isEmpty()) {
                return a;
            }
            return b;
        }

        private static double confidence(double full, Lexicon.Analysis surname, String givenRule) {
            double c = surname.typo() ? full - 0.13 : full;
            if (givenRule.equals(Lexicon.GivenReading.TYPO.rule)) {
                c -= 0.13;
            } else if (!givenRule.isEmpty()) {
                c -= 0.03;
            }
            return c;
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
            if (a.needsGiven()) {
                return null;
            }
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
            String word = a.entry().word();
            // Nur, Bota, Sarsen: a surname that is also a given name is someone's first name before another name.
            boolean givenName = WordLists.isGivenName(word) || WordLists.isGivenName(token.skeleton())
                    || a.entry().variant().equals(Lexicon.SHORTENED);
            boolean place = WordLists.isPlaceName(token.skeleton()) || WordLists.isPlaceName(word);
            if (givenName && nameAfter(i) || place && placeBefore(i) || otherFirstNameAfter(i, person)
                    || otherInitialNear(i, person)) {
                return null;
            }
            String surname = "surname" + form(a) + typo(a);
            if (before) {
                return new Found(person, i, i, a.typo() ? 0.75 : 0.9, surname + ", after a full mention");
            }
            boolean ordinary = WordLists.isOrdinaryWord(token.skeleton()) || WordLists.isOrdinaryWord(word)
                    || a.entry().declension().isPatronymicSurname(word) || Declension.isPatronymic(word);
            if (owners.size() > 1 || ordinary || givenName || place || namesakes.contains(person) || placeNameAfter(i)) {
                return null;
            }
            return new Found(person, i, i, a.typo() ? 0.65 : 0.8, surname + ", unique among watched persons");
        }

        /** "Nur Otan", "Sarsen Aitbayev": a capitalised word right after, making the first a given name. */
        private boolean nameAfter(int i) {
            if (i + 1 >= tokens.size() || !tokens.get(i + 1).joinedToPrevious()) {
                return false;
            }
            Token next = tokens.get(i + 1);
            return next.capitalized() && !next.initial() && !WordLists.isOrdinaryWord(next.skeleton())
                    && !TITLES.contains(next.skeleton());
        }

        /** "Оспанов Р.К.", "Р. Оспанов" in a court's list: an initial beside the surname that is not the person's. */
        private boolean otherInitialNear(int i, int person) {
            boolean after = i + 1 < tokens.size() && tokens.get(i + 1).joinedToPrevious() && tokens.get(i + 1).initial()
                    && !lexicon.isInitialOf(tokens.get(i + 1), person);
            boolean before = i > 0 && tokens.get(i).joinedToPrevious() && tokens.get(i - 1).initial()
                    && !lexicon.isInitialOf(tokens.get(i - 1), person);
            return after || before;
        }

        /** "Кравець Микола": surname first, followed by another person's given name. */
        private boolean otherFirstNameAfter(int i, int person) {
            if (i + 1 >= tokens.size() || !tokens.get(i + 1).joinedToPrevious()) {
                return false;
            }
            Token next = tokens.get(i + 1);
            return next.capitalized() && !next.initial() && !lexicon.isGivenOf(next, person)
                    && (WordLists.isGivenName(next.skeleton()) || lexicon.isWatchedGivenName(next));
        }

        /** "в Алтае", "из Тараза", "in Aral": a preposition of place right before. */
        private boolean placeBefore(int i) {
            return i > 0 && tokens.get(i).joinedToPrevious() && PLACE_PREPOSITIONS.contains(tokens.get(i - 1).skeleton());
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
            return !previous.sentenceStart() || WordLists.looksLikeGivenName(previous.skeleton())
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
        String ending = a.meaning().equals("as written") ? "" : ", " + a.meaning();
        return ending + part(a.entry().variant());
    }

    private static String part(String rule) {
        return rule.isEmpty() ? "" : ", " + rule;
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
