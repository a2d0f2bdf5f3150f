package org.casewatch.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The watchlist compiled once: every surname (and one-word alias) by skeleton stem, with the endings it may
 * take, and each person's given names. Looking a word up costs a few hash probes whatever the size of the
 * watchlist: given names, which thousands of persons share, are checked only against the person whose
 * surname was found. A second index holds the single deletions of long surnames, for one-letter typos.
 */
final class Lexicon {

    enum Role { GIVEN, SURNAME, ALIAS }

    /** One word of one person's name, indexed under its stem; {@code word} is its written (nominative) form. */
    record Entry(int person, Role role, Declension declension, String stem, String word) {
    }

    /** A long surname as written in Latin, for typo comparison. */
    private record TypoTarget(Entry entry, String latin) {
    }

    private static final java.util.regex.Pattern SURNAME_ENDING =
            java.util.regex.Pattern.compile(".*(ov|ev|in|ova|eva|ina|uli|kizi|ovna|evna|ovich|evich)");

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
    /** The lengths of indexed stems, so a lookup skips cuts that cannot match. */
    private final java.util.BitSet stemLengths = new java.util.BitSet();
    private final Map<Integer, List<Entry>> givenOf = new HashMap<>();
    private final Map<String, Set<Declension>> givenStems = new HashMap<>();
    private final Map<String, Set<Integer>> surnameOwners = new HashMap<>();
    private final Map<Integer, Set<String>> initials = new HashMap<>();
    private final Map<String, Set<TypoTarget>> typos = new HashMap<>();

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
            Declension d = Declension.ofGiven(only.skeleton());
            put(new Entry(person, Role.ALIAS, d, d.stem(only.skeleton()), only.skeleton()));
            return;
        }
        for (int i = 0; i < words.size() - 1; i++) {
            Token given = words.get(i);
            Declension d = Declension.ofGiven(given.skeleton());
            Entry entry = new Entry(person, Role.GIVEN, d, d.stem(given.skeleton()), given.skeleton());
            List<Entry> own = givenOf.computeIfAbsent(person, p -> new ArrayList<>(2));
            if (!own.contains(entry)) {
                own.add(entry);
            }
            givenStems.computeIfAbsent(entry.stem(), st -> new HashSet<>()).add(d);
            if (i == 0) {
                Set<String> set = initials.computeIfAbsent(person, p -> new HashSet<>());
                set.add(given.skeleton().substring(0, 1));
                set.add(given.latin().substring(0, 1));
                set.add(given.latin().substring(0, Math.min(2, given.latin().length())));
            }
        }
        Token surname = words.get(words.size() - 1);
        Declension d = Declension.ofSurname(surname.skeleton());
        Entry entry = new Entry(person, Role.SURNAME, d, d.stem(surname.skeleton()), surname.skeleton());
        put(entry);
        surnameOwners.computeIfAbsent(entry.stem(), s -> new HashSet<>()).add(person);
        if (d == Declension.CONSONANT) {
            Declension.fleetingStem(surname.skeleton()).ifPresent(stem -> put(new Entry(person, Role.SURNAME,
                    Declension.FLEETING_VOWEL, stem, surname.skeleton())));
        }
        if (surname.latin().length() >= TYPO_MIN_LENGTH) {
            TypoTarget target = new TypoTarget(entry, surname.latin());
            for (String variant : deletions(surname.latin())) {
                typos.computeIfAbsent(variant, v -> new HashSet<>()).add(target);
            }
            typos.computeIfAbsent(surname.latin(), v -> new HashSet<>()).add(target);
        }
    }

    private void put(Entry entry) {
        stemLengths.set(entry.stem().length());
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
            if (!stemLengths.get(word.length() - cut)) {
                continue;
            }
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

    boolean isEmpty() {
        return byStem.isEmpty();
    }

    /** Whether the word is one of this person's given names, in any of its forms. */
    boolean isGivenOf(Token token, int person) {
        for (Entry entry : givenOf.getOrDefault(person, List.of())) {
            String word = token.skeleton();
            if (word.startsWith(entry.stem())
                    && entry.declension().meaning(word.substring(entry.stem().length())).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word is some watched person's given name, in any of its forms. */
    boolean isWatchedGivenName(Token token) {
        String word = token.skeleton();
        for (int cut = 0; cut <= Declension.LONGEST_ENDING && word.length() - cut >= 2; cut++) {
            Set<Declension> kinds = givenStems.get(word.substring(0, word.length() - cut));
            if (kinds != null) {
                String ending = word.substring(word.length() - cut);
                if (kinds.stream().anyMatch(d -> d.meaning(ending).isPresent())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A surname one edit away from exactly one watched person's surname, and from nobody else's. A letter
     * dropped or added is a typo; a letter changed inside a well-formed surname (Yerimbekov for Yerimbetov)
     * is more likely another family, and a patronymic (Ismailovna) is no surname at all.
     */
    private java.util.Optional<Analysis> typo(Token token) {
        Set<TypoTarget> found = new HashSet<>();
        List<String> probes = new ArrayList<>(deletions(token.latin()));
        probes.add(token.latin());
        for (String probe : probes) {
            Set<TypoTarget> targets = typos.get(probe);
            if (targets != null) {
                found.addAll(targets);
            }
        }
        boolean wellFormed = SURNAME_ENDING.matcher(token.skeleton()).matches();
        found.removeIf(t -> genderForm(token.latin(), t.entry().stem())
                || t.latin().length() == token.latin().length() && wellFormed
                || token.skeleton().matches(".*(ovna|evna|ovich|evich)"));
        if (found.stream().map(t -> t.entry().person()).distinct().count() != 1) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Analysis(found.iterator().next().entry(), "as written", true));
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
