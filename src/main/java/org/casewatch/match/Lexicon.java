package org.casewatch.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The watchlist compiled once: every word of every name, by skeleton stem, with the endings it may take.
 * Looking a word up costs a few hash probes whatever the size of the watchlist. A second index holds the
 * single deletions of long surnames, to recognise a surname with one typo.
 */
final class Lexicon {

    enum Role { GIVEN, SURNAME, ALIAS }

    /** One word of one person's name. */
    record Entry(int person, Role role, Declension declension, String stem) {
    }

    /** One way a text word can be read as a name word. */
    record Analysis(Entry entry, String meaning, boolean typo) {
        int person() {
            return entry.person();
        }

        Role role() {
            return entry.role();
        }
    }

    private static final int TYPO_MIN_LENGTH = 8;

    private final Map<String, List<Entry>> byStem = new HashMap<>();
    private final Map<String, Set<Integer>> surnameOwners = new HashMap<>();
    private final Map<Integer, Set<String>> initials = new HashMap<>();
    private final Map<String, Set<Entry>> typos = new HashMap<>();

    /** @param names per person, the names as written in the watchlist (given names first, surname last) */
    Lexicon(List<List<String>> names) {
        for (int person = 0; person < names.size(); person++) {
            for (String name : names.get(person)) {
                add(person, Tokenizer.tokens(name));
            }
        }
    }

    private void add(int person, List<Token> words) {
        if (words.isEmpty()) {
            return;
        }
        if (words.size() == 1) {
            Token only = words.get(0);
            put(new Entry(person, Role.ALIAS, Declension.ofGiven(only.skeleton()),
                    Declension.ofGiven(only.skeleton()).stem(only.skeleton())));
            return;
        }
        for (int i = 0; i < words.size() - 1; i++) {
            Token given = words.get(i);
            Declension d = Declension.ofGiven(given.skeleton());
            put(new Entry(person, Role.GIVEN, d, d.stem(given.skeleton())));
            if (i == 0) {
                Set<String> set = initials.computeIfAbsent(person, p -> new HashSet<>());
                set.add(given.skeleton().substring(0, 1));
                set.add(given.latin().substring(0, 1));
                set.add(given.latin().substring(0, Math.min(2, given.latin().length())));
            }
        }
        Token surname = words.get(words.size() - 1);
        Declension d = Declension.ofSurname(surname.skeleton());
        Entry entry = new Entry(person, Role.SURNAME, d, d.stem(surname.skeleton()));
        put(entry);
        surnameOwners.computeIfAbsent(entry.stem(), s -> new HashSet<>()).add(person);
        if (surname.latin().length() >= TYPO_MIN_LENGTH) {
            for (String variant : deletions(surname.latin())) {
                typos.computeIfAbsent(variant, v -> new HashSet<>()).add(entry);
            }
            typos.computeIfAbsent(surname.latin(), v -> new HashSet<>()).add(entry);
        }
    }

    private void put(Entry entry) {
        List<Entry> list = byStem.computeIfAbsent(entry.stem(), s -> new ArrayList<>(1));
        if (!list.contains(entry)) {
            list.add(entry);
        }
    }

    /** Every reading of the word as part of a watched person's name, with the meaning of its ending. */
    List<Analysis> analyse(Token token) {
        String word = token.skeleton();
        List<Analysis> out = new ArrayList<>(2);
        for (int cut = 0; cut <= Declension.LONGEST_ENDING && word.length() - cut >= 2; cut++) {
            List<Entry> entries = byStem.get(word.substring(0, word.length() - cut));
            if (entries == null) {
                continue;
            }
            String ending = word.substring(word.length() - cut);
            for (Entry entry : entries) {
                entry.declension().meaning(ending).ifPresent(meaning -> out.add(new Analysis(entry, meaning, false)));
            }
        }
        if (out.isEmpty() && token.capitalized() && token.latin().length() >= TYPO_MIN_LENGTH - 1) {
            typo(token).ifPresent(out::add);
        }
        return out;
    }

    /** A surname one edit away from exactly one watched person's surname, and from nobody else's. */
    private java.util.Optional<Analysis> typo(Token token) {
        Set<Entry> found = new HashSet<>();
        List<String> probes = new ArrayList<>(deletions(token.latin()));
        probes.add(token.latin());
        for (String probe : probes) {
            Set<Entry> entries = typos.get(probe);
            if (entries != null) {
                found.addAll(entries);
            }
        }
        // A male form of a female surname (or the reverse) is a relative, not a typo.
        found.removeIf(entry -> genderForm(token.latin(), entry.stem()));
        if (found.stream().map(Entry::person).distinct().count() != 1) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Analysis(found.iterator().next(), "as written", true));
    }

    private static boolean genderForm(String latin, String stem) {
        String word = Skeleton.fold(latin);
        return word.equals(stem) || word.equals(stem + "a") || (word + "a").equals(stem);
    }

    private static List<String> deletions(String word) {
        List<String> out = new ArrayList<>(word.length());
        for (int i = 0; i < word.length(); i++) {
            out.add(word.substring(0, i) + word.substring(i + 1));
        }
        return out;
    }

    /** The watched persons whose surname has this stem. */
    Set<Integer> surnameOwners(String stem) {
        return surnameOwners.getOrDefault(stem, Set.of());
    }

    /** Whether the word, an initial like "A." or "Zh.", can stand for the person's first given name. */
    boolean isInitialOf(Token token, int person) {
        return token.initial() && initials.getOrDefault(person, Set.of()).contains(token.latin());
    }
}
