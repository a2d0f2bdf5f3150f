package org.casewatch.match;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The watchlist compiled once: every surname (and one-word alias) by skeleton stem, with the endings it may
 * take, and each person's given names. Looking a word up costs a few hash probes whatever the size of the
 * watchlist: given names, which thousands of persons share, are checked only against the person whose
 * surname was found. Surnames are also indexed under the other forms the press gives them (the Russian form
 * without a Kazakh vowel and the Kazakh form with it, a patronymic surname shortened or expanded, Belarusian
 * and Ukrainian spellings), so those cost nothing more at lookup. A second index holds the single deletions
 * of long surnames, for one-letter typos.
 */
final class Lexicon {

    enum Role { GIVEN, SURNAME, ALIAS }

    /**
     * One word of one person's name, indexed under its stem; {@code word} is its written (nominative) form.
     *
     * @param variant what makes this form differ from the watchlist's ("" for the watchlist's own form)
     * @param script  which script the form counts in: any, only Cyrillic (Belarusian) or only Latin (Ukrainian h)
     */
    record Entry(int person, Role role, Declension declension, String stem, String word, String variant, Script script) {
        Entry(int person, Role role, Declension declension, String stem, String word) {
            this(person, role, declension, stem, word, "", Script.ANY);
        }
    }

    /** The scripts a variant form counts in. */
    enum Script { ANY, CYRILLIC, LATIN }

    /** A long surname as written in Latin, for typo comparison. */
    private record TypoTarget(Entry entry, String latin) {
    }

    private static final Pattern SURNAME_ENDING =
            Pattern.compile(".*(ov|ev|in|ova|eva|ina|uli|kizi|ovna|evna|ovich|evich)");
    private static final Pattern PATRONYMIC = Pattern.compile(".*(ovna|evna|ovich|evich)");

    /**
     * One way a text word can be read as a name word.
     *
     * @param typo       the word is one edit away from the surname
     * @param needsGiven a reading too weak to stand alone (a typo in a seven-letter surname): it counts only
     *                   next to the person's given name
     */
    record Analysis(Entry entry, String meaning, boolean typo, boolean needsGiven) {
        Analysis(Entry entry, String meaning, boolean typo) {
            this(entry, meaning, typo, false);
        }

        int person() {
            return entry.person();
        }

        Role role() {
            return entry.role();
        }
    }

    /** How a word was read as one of a person's given names: as written, as a variant, or with a typo. */
    enum GivenReading {
        EXACT(""), VARIANT("given-name variant"), TYPO("one-letter typo in the given name");

        final String rule;

        GivenReading(String rule) {
            this.rule = rule;
        }
    }

    /** Surnames of at least this many Latin letters may carry a typo; shorter ones only beside the given name. */
    private static final int TYPO_MIN_LENGTH = 8;
    private static final int SHORT_TYPO_LENGTH = 7;
    /** Given-name stems at least this long may carry a typo next to an exact surname. */
    private static final int GIVEN_TYPO_MIN_STEM = 4;

    private static final int PREFIX = 4;
    private static final int PREFIX_BITS = 1 << 22;

    private static final String VOWEL_DROPPED = "Kazakh vowel dropped";
    private static final String VOWEL_RESTORED = "Kazakh vowel restored";
    static final String SHORTENED = "patronymic surname shortened";
    private static final String EXPANDED = "patronymic surname expanded";
    private static final String BELARUSIAN = "Belarusian spelling";
    private static final String UKRAINIAN = "Ukrainian spelling";

    private final Map<String, List<Entry>> byStem = new HashMap<>();
    /** The lengths of indexed stems, so a lookup skips cuts that cannot match. */
    private final BitSet stemLengths = new BitSet();
    /**
     * The first four letters of every stem (or the whole of a shorter one), hashed: most words of a text
     * start as no watched surname does, and one bit tells so before any of the cuts is looked up.
     */
    private final BitSet prefixes = new BitSet(PREFIX_BITS);
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
            Declension d = Declension.ofGiven(only.skeleton(), only.latin());
            put(new Entry(person, Role.ALIAS, d, d.stem(only.skeleton()), only.skeleton()));
            return;
        }
        for (int i = 0; i < words.size() - 1; i++) {
            addGiven(person, words.get(i), i == 0);
        }
        addSurname(person, words.get(words.size() - 1));
    }

    private void addGiven(int person, Token given, boolean first) {
        List<Entry> own = givenOf.computeIfAbsent(person, p -> new ArrayList<>(2));
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(given.skeleton());
        spellings.addAll(WordLists.givenNameVariants(given.skeleton()));
        for (String spelling : spellings) {
            String variant = spelling.equals(given.skeleton()) ? "" : GivenReading.VARIANT.rule;
            String latin = variant.isEmpty() ? given.latin() : spelling;
            Declension d = Declension.ofGiven(spelling, latin);
            addGivenEntry(own, new Entry(person, Role.GIVEN, d, d.stem(spelling), spelling, variant, Script.ANY));
            if (d == Declension.CONSONANT) {
                // Pavel, Pavla, Pawłem: given names lose their last vowel as surnames do.
                String v = variant;
                Declension.fleetingStem(spelling).ifPresent(stem -> addGivenEntry(own, new Entry(person, Role.GIVEN,
                        Declension.FLEETING_VOWEL, stem, spelling, v, Script.ANY)));
            }
        }
        if (first) {
            Set<String> set = initials.computeIfAbsent(person, p -> new HashSet<>());
            set.add(given.skeleton().substring(0, 1));
            set.add(given.latin().substring(0, 1));
            set.add(given.latin().substring(0, Math.min(2, given.latin().length())));
        }
    }

    private void addGivenEntry(List<Entry> own, Entry entry) {
        if (!own.contains(entry)) {
            own.add(entry);
        }
        givenStems.computeIfAbsent(entry.stem(), st -> new HashSet<>()).add(entry.declension());
    }

    private void addSurname(int person, Token surname) {
        String skeleton = surname.skeleton();
        Declension d = Declension.ofSurname(skeleton, surname.latin());
        Entry entry = new Entry(person, Role.SURNAME, d, d.stem(skeleton), skeleton);
        putSurname(entry);
        if (d == Declension.CONSONANT) {
            Declension.fleetingStem(skeleton).ifPresent(stem -> putSurname(new Entry(person, Role.SURNAME,
                    Declension.FLEETING_VOWEL, stem, skeleton)));
        }
        for (Entry variant : variants(entry)) {
            putSurname(variant);
        }
        if (surname.latin().length() >= SHORT_TYPO_LENGTH) {
            TypoTarget target = new TypoTarget(entry, surname.latin());
            for (String deletion : deletions(surname.latin())) {
                typos.computeIfAbsent(deletion, v -> new HashSet<>()).add(target);
            }
            typos.computeIfAbsent(surname.latin(), v -> new HashSet<>()).add(target);
        }
    }

    /** The other forms the press gives a surname, each indexed under its own stem. */
    private static List<Entry> variants(Entry entry) {
        List<Entry> out = new ArrayList<>();
        int person = entry.person();
        String word = entry.word();
        Declension d = entry.declension();
        if (Declension.isPatronymic(word)) {
            // Yesimkhanuly written Yesimkhan, Sarsenkyzy written Sarsen.
            String base = word.substring(0, word.length() - (word.endsWith("uli") ? 3 : 4));
            if (base.length() >= 3) {
                Declension bd = Declension.ofSurname(base);
                out.add(new Entry(person, Role.SURNAME, bd, bd.stem(base), base, SHORTENED, Script.ANY));
            }
        } else if (d == Declension.CONSONANT && word.length() >= 4) {
            // Zhaksylyk written Zhaksylykuly (son of) or Zhaksylykkyzy (daughter of).
            for (String suffix : List.of("uli", "kizi")) {
                out.add(new Entry(person, Role.SURNAME, Declension.FIXED, word + suffix, word + suffix, EXPANDED,
                        Script.ANY));
            }
        }
        String stem = entry.stem();
        // A Kazakh short vowel in the first syllable that Russian drops: Бұржанов and Бржанов, Тынышбаев and Тнышбаев.
        if (stem.length() >= 5 && isConsonant(stem.charAt(0))) {
            char second = stem.charAt(1);
            if ((second == 'i' || second == 'u') && isConsonant(stem.charAt(2)) && stem.charAt(2) != 'h') {
                out.add(new Entry(person, Role.SURNAME, d, stem.charAt(0) + stem.substring(2), word, VOWEL_DROPPED,
                        Script.ANY));
            } else if (isConsonant(second) && second != 'h') {
                for (char vowel : new char[] {'u', 'i'}) {
                    out.add(new Entry(person, Role.SURNAME, d, stem.charAt(0) + "" + vowel + stem.substring(1), word,
                            VOWEL_RESTORED, Script.ANY));
                }
            }
        }
        if ((d == Declension.MALE_SURNAME || d == Declension.FEMALE_SURNAME) && stem.indexOf('o') >= 0) {
            // Belarusian writes an unstressed o as a: Сомаў, Сомава for Сомов, Сомова; Гарбуноў for Горбунов.
            Set<String> forms = new LinkedHashSet<>();
            forms.add(stem.replace('o', 'a'));
            if (stem.endsWith("ov")) {
                forms.add(stem.substring(0, stem.length() - 2) + "av");
            }
            int firstO = stem.indexOf('o');
            forms.add(stem.substring(0, firstO) + 'a' + stem.substring(firstO + 1));
            forms.remove(stem);
            for (String form : forms) {
                out.add(new Entry(person, Role.SURNAME, d, form, word, BELARUSIAN, Script.CYRILLIC));
            }
        }
        if (stem.indexOf('g') >= 0 && stem.indexOf("ng") < 0) {
            // Ukrainian г is h in Latin: Horbunov for Gorbunov.
            out.add(new Entry(person, Role.SURNAME, d, stem.replace('g', 'h'), word, UKRAINIAN, Script.LATIN));
        }
        return out;
    }

    private static boolean isConsonant(char c) {
        return c >= 'a' && c <= 'z' && "aeiou".indexOf(c) < 0;
    }

    private void putSurname(Entry entry) {
        put(entry);
        surnameOwners.computeIfAbsent(entry.stem(), s -> new HashSet<>()).add(entry.person());
    }

    private void put(Entry entry) {
        stemLengths.set(entry.stem().length());
        prefixes.set(prefixKey(entry.stem(), Math.min(PREFIX, entry.stem().length())));
        List<Entry> list = byStem.computeIfAbsent(entry.stem(), s -> new ArrayList<>(1));
        if (!list.contains(entry)) {
            list.add(entry);
        }
    }

    private static int prefixKey(String word, int length) {
        int h = length;
        for (int i = 0; i < length; i++) {
            h = h * 31 + word.charAt(i);
        }
        return (h ^ h >>> 16) & (PREFIX_BITS - 1);
    }

    /** Whether some stem may start the word: its four-letter prefix, or a two- or three-letter stem. */
    private boolean mayStartStem(String word) {
        int n = word.length();
        return n >= PREFIX && prefixes.get(prefixKey(word, PREFIX))
                || n >= 2 && prefixes.get(prefixKey(word, 2)) || n >= 3 && prefixes.get(prefixKey(word, 3));
    }

    /** Every reading of the word as part of a watched person's name, with the meaning of its ending. */
    List<Analysis> analyse(Token token) {
        String word = token.skeleton();
        List<Analysis> out = null;
        int shortest = mayStartStem(word) ? 2 : word.length() + 1;
        for (int cut = 0; cut <= Declension.LONGEST_ENDING && word.length() - cut >= shortest; cut++) {
            if (!stemLengths.get(word.length() - cut)) {
                continue;
            }
            List<Entry> entries = byStem.get(word.substring(0, word.length() - cut));
            if (entries == null) {
                continue;
            }
            String ending = word.substring(word.length() - cut);
            for (Entry entry : entries) {
                Optional<String> meaning = reading(entry, ending, token);
                if (meaning.isPresent()) {
                    if (out == null) {
                        out = new ArrayList<>(2);
                    }
                    out.add(new Analysis(entry, meaning.get(), false));
                }
            }
        }
        if (out == null && token.capitalized() && token.latin().length() >= SHORT_TYPO_LENGTH - 1) {
            Optional<Analysis> typo = typo(token);
            if (typo.isPresent()) {
                return List.of(typo.get());
            }
        }
        return out == null ? List.of() : out;
    }

    /** The meaning of the ending for this entry in this word, if the word can be this form of it. */
    private static Optional<String> reading(Entry entry, String ending, Token token) {
        if (entry.script() == Script.CYRILLIC && !token.cyrillic() || entry.script() == Script.LATIN && token.cyrillic()) {
            return Optional.empty();
        }
        Declension d = entry.declension();
        if (d.needsWrittenEnding(ending) && !Declension.showsEnding(token.latin(), ending)) {
            return Optional.empty();
        }
        Optional<String> meaning = d.meaning(ending, token.cyrillic());
        // Temirkhanova's is a woman's name with an English 's, not a Lithuanian -as.
        return token.possessive() ? meaning.filter(m -> m.equals("English possessive")) : meaning;
    }

    boolean isEmpty() {
        return byStem.isEmpty();
    }

    /** Whether the word is one of this person's given names, in any of its forms or variants. */
    boolean isGivenOf(Token token, int person) {
        return given(token, person, false).isPresent();
    }

    /**
     * How the word reads as one of this person's given names: as written, as a variant the press uses, or,
     * where {@code typoAllowed}, with one letter wrong (Айдаса for Айдоса). A typo never turns one known
     * given name into another: Marat is not a typo for Murat, nor Asel for Aset.
     */
    Optional<GivenReading> given(Token token, int person, boolean typoAllowed) {
        String word = token.skeleton();
        List<Entry> own = givenOf.getOrDefault(person, List.of());
        GivenReading best = null;
        for (Entry entry : own) {
            if (word.startsWith(entry.stem())
                    && reading(entry, word.substring(entry.stem().length()), token).isPresent()) {
                if (entry.variant().isEmpty()) {
                    return Optional.of(GivenReading.EXACT);
                }
                best = GivenReading.VARIANT;
            }
        }
        if (best != null || !typoAllowed || WordLists.isGivenName(word) || isWatchedGivenName(token)) {
            return Optional.ofNullable(best);
        }
        for (Entry entry : own) {
            if (entry.variant().isEmpty() && entry.stem().length() >= GIVEN_TYPO_MIN_STEM && typoOfGiven(word, entry, token)) {
                return Optional.of(GivenReading.TYPO);
            }
        }
        return Optional.empty();
    }

    private static boolean typoOfGiven(String word, Entry entry, Token token) {
        for (int cut = 0; cut <= 3 && cut < word.length(); cut++) {
            String stem = word.substring(0, word.length() - cut);
            String ending = word.substring(word.length() - cut);
            if (Math.abs(stem.length() - entry.stem().length()) <= 1 && oneEdit(stem, entry.stem())
                    && reading(entry, ending, token).isPresent()
                    && !WordLists.isGivenName(nominative(stem, entry.declension()))) {
                return true;
            }
        }
        return false;
    }

    private static String nominative(String stem, Declension d) {
        return switch (d) {
            case A_STEM -> stem + "a";
            case YA_STEM -> stem + "ia";
            case GLIDE_STEM -> stem + "i";
            default -> stem;
        };
    }

    /** Whether a and b differ by exactly one substitution, insertion, deletion or swap of neighbours. */
    static boolean oneEdit(String a, String b) {
        if (a.equals(b)) {
            return false;
        }
        int n = a.length();
        int m = b.length();
        if (n == m) {
            int first = -1;
            int diffs = 0;
            for (int i = 0; i < n; i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    if (first < 0) {
                        first = i;
                    }
                    diffs++;
                }
            }
            return diffs == 1 || diffs == 2 && first + 1 < n && a.charAt(first) == b.charAt(first + 1)
                    && a.charAt(first + 1) == b.charAt(first);
        }
        if (Math.abs(n - m) != 1) {
            return false;
        }
        String longer = n > m ? a : b;
        String shorter = n > m ? b : a;
        int i = 0;
        while (i < shorter.length() && longer.charAt(i) == shorter.charAt(i)) {
            i++;
        }
        return longer.substring(i + 1).equals(shorter.substring(i));
    }

    /** Whether the word is some watched person's given name, in any of its forms. */
    boolean isWatchedGivenName(Token token) {
        String word = token.skeleton();
        for (int cut = 0; cut <= Declension.LONGEST_ENDING && word.length() - cut >= 2; cut++) {
            Set<Declension> kinds = givenStems.get(word.substring(0, word.length() - cut));
            if (kinds != null) {
                String ending = word.substring(word.length() - cut);
                if (kinds.stream().anyMatch(d -> d.meaning(ending, token.cyrillic()).isPresent())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A surname one edit away from exactly one watched person's surname, and from nobody else's. A letter
     * dropped, or two neighbours swapped, is a typo; a letter changed or added inside a well-formed surname
     * (Yerimbekov for Yerimbetov, Borzhanov for Brzhanov) is more likely another family, and a patronymic
     * (Ismailovna) is no surname at all. A typo in a seven-letter surname counts only beside the person's
     * given name. (Doubled letters never reach here: the skeleton collapses them.)
     */
    private Optional<Analysis> typo(Token token) {
        Set<TypoTarget> found = new HashSet<>();
        String latin = token.latin();
        List<String> probes = new ArrayList<>(deletions(latin));
        probes.add(latin);
        for (String probe : probes) {
            Set<TypoTarget> targets = typos.get(probe);
            if (targets != null) {
                found.addAll(targets);
            }
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        boolean wellFormed = SURNAME_ENDING.matcher(token.skeleton()).matches();
        boolean patronymic = PATRONYMIC.matcher(token.skeleton()).matches();
        found.removeIf(t -> patronymic || genderForm(latin, t.entry().stem()) || !oneEdit(latin, t.latin())
                || t.latin().length() == latin.length() && wellFormed && !swapped(latin, t.latin())
                || t.latin().length() < latin.length() && wellFormed
                || Math.min(t.latin().length(), latin.length()) < SHORT_TYPO_LENGTH);
        if (found.stream().map(t -> t.entry().person()).distinct().count() != 1) {
            return Optional.empty();
        }
        TypoTarget target = found.iterator().next();
        boolean shortSurname = target.latin().length() < TYPO_MIN_LENGTH;
        return Optional.of(new Analysis(target.entry(), "as written", true, shortSurname));
    }

    /** Whether two words of one length differ by two neighbouring letters swapped. */
    private static boolean swapped(String a, String b) {
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.substring(i + 2).equals(b.substring(i + 2));
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
