package org.casewatch.match;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The endings a name may take in running text, in skeleton spelling, and what each one means. Russian
 * declines surnames in -ov/-ev/-in like adjectives (male and female forms differ) and given names like
 * nouns; Kazakh appends case endings to any name; English adds 's. Stemmers are no use here: they cut
 * names to pieces that collide.
 */
enum Declension {

    /** Male surnames in -ov, -ev, -in: Temirkhanov, -a, -u, -ym, -e, and plurals. */
    MALE_SURNAME(Map.of("", "as written", "a", "Russian genitive", "u", "Russian dative", "im", "Russian instrumental",
            "e", "Russian prepositional", "i", "Russian plural", "ih", "Russian plural", "imi", "Russian plural")),
    /** Female surnames in -ova, -eva, -ina, stored without the final a: Kenzhetayeva, -oy, -u. */
    FEMALE_SURNAME(Map.of("a", "as written", "oi", "Russian oblique case", "u", "Russian accusative")),
    /** Given names and other words ending in a consonant: Aidos, -a, -u, -om, -e. */
    CONSONANT(Map.of("", "as written", "a", "Russian genitive", "u", "Russian dative", "om", "Russian instrumental",
            "e", "Russian prepositional", "i", "Russian plural")),
    /** Given names ending in -a, stored without it: Dana, Dany, Dane, Danu, Danoy. */
    A_STEM(Map.of("a", "as written", "i", "Russian genitive", "e", "Russian dative", "u", "Russian accusative",
            "oi", "Russian instrumental")),
    /** Surnames whose last vowel drops in the oblique cases: Orel, Orla, Orlu; Kovalets, Kovaltsa. */
    FLEETING_VOWEL(Map.of("a", "Russian genitive", "u", "Russian dative", "om", "Russian instrumental",
            "e", "Russian prepositional")),
    /** Names Russian does not decline (Kazakh -uly, -kyzy, names in other vowels). */
    FIXED(Map.of("", "as written"));

    /** Kazakh case endings in skeleton spelling; consonant doubling at the join is already collapsed. */
    private static final class Kazakh {
        static final String[] ENDINGS = {"nin", "din", "tin", "in", "ga", "ge", "ka", "ke", "na", "ne", "ni", "di",
            "ti", "n", "da", "de", "ta", "te", "nda", "nde", "dan", "den", "tan", "ten", "nan", "nen", "an", "en",
            "men", "ben", "pen", "lar", "ler", "dar", "der", "tar", "ter"};
    }

    /** Longest ending in any table: "a" and a three-letter Kazakh ending. */
    static final int LONGEST_ENDING = 4;

    private final Map<String, String> endings;

    Declension(Map<String, String> russian) {
        Map<String, String> all = new LinkedHashMap<>(russian);
        all.put("s", "English possessive");
        String base = russian.containsKey("") ? "" : "a";
        for (String ending : Kazakh.ENDINGS) {
            all.putIfAbsent(base + ending, "Kazakh case ending");
        }
        this.endings = Map.copyOf(all);
    }


    /** What the ending means, or empty when this kind of name never ends so. */
    Optional<String> meaning(String ending) {
        return Optional.ofNullable(endings.get(ending));
    }

    /** The kind of declension a surname takes, judged by its skeleton. */
    static Declension ofSurname(String skeleton) {
        if (skeleton.matches(".*(ova|eva|ina|aia)")) {
            return FEMALE_SURNAME;
        }
        if (skeleton.matches(".*(ov|ev|in)")) {
            return MALE_SURNAME;
        }
        return ofGiven(skeleton);
    }

    /** The stem of the oblique cases of a surname like Orel (orl-), if it has one. */
    static java.util.Optional<String> fleetingStem(String skeleton) {
        if (skeleton.length() >= 4 && skeleton.matches(".*[^aeiou][eo][lkc]")) {
            int n = skeleton.length();
            return java.util.Optional.of(skeleton.substring(0, n - 2) + skeleton.charAt(n - 1));
        }
        return java.util.Optional.empty();
    }

    /** Kazakh patronymic surnames (son of, daughter of) are shared by many people. */
    boolean isPatronymicSurname(String skeleton) {
        return this == FIXED && (skeleton.endsWith("uli") || skeleton.endsWith("kizi"));
    }

    /** The kind of declension a given name takes. Kazakh patronymic surnames in -uly and -kyzy stay fixed. */
    static Declension ofGiven(String skeleton) {
        if (skeleton.endsWith("uli") || skeleton.endsWith("kizi") || skeleton.length() < 3) {
            return FIXED;
        }
        char last = skeleton.charAt(skeleton.length() - 1);
        if (last == 'a') {
            return A_STEM;
        }
        return "eiou".indexOf(last) >= 0 ? FIXED : CONSONANT;
    }

    /** The stem under which a name of this kind is indexed: the skeleton less a final a for a-stems. */
    String stem(String skeleton) {
        return this == FEMALE_SURNAME || this == A_STEM ? skeleton.substring(0, skeleton.length() - 1) : skeleton;
    }

}
