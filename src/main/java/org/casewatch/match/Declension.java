package org.casewatch.match;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The endings a name may take in running text, in skeleton spelling, and what each one means. Russian
 * declines surnames in -ov/-ev/-in like adjectives (male and female forms differ) and given names like
 * nouns; Kazakh appends case endings to any name; English adds 's. Ukrainian and Belarusian add a few
 * endings of their own in Cyrillic, Polish, Czech, Lithuanian and Turkish in Latin script. Stemmers are no
 * use here: they cut names to pieces that collide.
 */
enum Declension {

    /** Male surnames in -ov, -ev, -in: Temirkhanov, -a, -u, -ym, -e, and plurals. */
    MALE_SURNAME("", Map.of("", "as written", "a", "Russian genitive", "u", "Russian dative", "im",
            "Russian instrumental", "e", "Russian prepositional", "i", "Russian plural", "ih", "Russian plural",
            "imi", "Russian plural"),
            Map.of(),
            Map.of("i", Other.POLISH, "em", Other.POLISH_OR_CZECH, "ie", Other.POLISH, "ovi", Other.CZECH, "as", Other.LITHUANIAN, "o", Other.LITHUANIAN,
                    "ui", Other.LITHUANIAN, "un", Other.TURKISH)),
    /** Female surnames in -ova, -eva, -ina, stored without the final a: Kenzhetayeva, -oy, -u. */
    FEMALE_SURNAME("a", Map.of("a", "as written", "oi", "Russian oblique case", "u", "Russian accusative"),
            Map.of("i", Other.UKRAINIAN, "ou", Other.UKRAINIAN, "ai", Other.BELARUSIAN),
            Map.of("ej", Other.POLISH, "e", Other.CZECH, "ou", Other.CZECH, "os", Other.LITHUANIAN, "ai", Other.LITHUANIAN)),
    /** Given names and other words ending in a consonant: Aidos, -a, -u, -om, -e. */
    CONSONANT("", Map.of("", "as written", "a", "Russian genitive", "u", "Russian dative", "om",
            "Russian instrumental", "e", "Russian prepositional", "i", "Russian plural"),
            Map.of("ovi", Other.UKRAINIAN, "evi", Other.UKRAINIAN, "em", Other.UKRAINIAN),
            Map.of("ovi", Other.POLISH_OR_CZECH, "em", Other.POLISH_OR_CZECH, "ie", Other.POLISH, "as", Other.LITHUANIAN, "o", Other.LITHUANIAN,
                    "ui", Other.LITHUANIAN, "un", Other.TURKISH)),
    /** Given names ending in -a, stored without it: Dana, Dany, Dane, Danu, Danoy. */
    A_STEM("a", Map.of("a", "as written", "i", "Russian genitive", "e", "Russian dative", "u", "Russian accusative",
            "oi", "Russian instrumental"),
            Map.of("ou", Other.UKRAINIAN),
            Map.of("ou", Other.CZECH, "os", Other.LITHUANIAN, "ai", Other.LITHUANIAN)),
    /**
     * Names in -ия and -я, stored without the ia: Aniya (Ании, Анию, Анией), Shengelia, Valya (Вали, Вале,
     * Валей). The glide y between vowels is already gone from the skeleton, so Ании is ani.
     */
    YA_STEM("ia", Map.of("ia", "as written", "i", "Russian oblique case", "e", "Russian dative", "iu",
            "Russian accusative", "iei", "Russian instrumental", "ei", "Russian instrumental"),
            Map.of("ieiu", Other.UKRAINIAN, "eiu", Other.UKRAINIAN),
            Map.of("os", Other.LITHUANIAN)),
    /**
     * Names in -ай, -ей, -уй, stored without the й: Toktai (Токтая, Токтаю, Токтаем, Токтае), Kerei (Керея,
     * Керею, Кереем). Where the skeleton collapses two vowels into one the ending is empty or one letter,
     * so those readings need the written word to show them (see {@link #needsWrittenEnding}).
     */
    GLIDE_STEM("i", Map.of("i", "as written", "a", "Russian genitive", "", "Russian oblique case", "u",
            "Russian dative", "em", "Russian instrumental", "m", "Russian instrumental", "e",
            "Russian prepositional"),
            Map.of("evi", Other.UKRAINIAN, "iu", Other.UKRAINIAN),
            Map.of()),
    /** Names in -ий, which keep the i: Yevgeny (Евгения, Евгению, Евгением, Евгении), Dmitry. */
    II_STEM("", Map.of("", "as written", "a", "Russian genitive", "u", "Russian dative", "em",
            "Russian instrumental"),
            Map.of(),
            Map.of()),
    /**
     * Surnames in -ой, stored without it: Russian declines them as adjectives (Березной, Березного,
     * Березному, Березным, Березном), Kazakh names in -бой as nouns (Бекбоя, Бекбою, Бекбоем).
     */
    OI_SURNAME("oi", Map.of("oi", "as written", "ogo", "Russian genitive", "omu", "Russian dative", "im",
            "Russian instrumental", "om", "Russian prepositional", "oa", "Russian genitive", "ou", "Russian dative",
            "oem", "Russian instrumental", "oe", "Russian prepositional"),
            Map.of(),
            Map.of()),
    /** Surnames whose last vowel drops in the oblique cases: Orel, Orla, Orlu; Kovalets, Kovaltsa. */
    FLEETING_VOWEL("-", Map.of("a", "Russian genitive", "u", "Russian dative", "om", "Russian instrumental",
            "e", "Russian prepositional"),
            Map.of("em", Other.UKRAINIAN, "evi", Other.UKRAINIAN, "ovi", Other.UKRAINIAN, "ia", Other.UKRAINIAN,
                    "iu", Other.UKRAINIAN),
            Map.of("em", Other.POLISH_OR_CZECH, "ovi", Other.POLISH_OR_CZECH, "i", Other.POLISH, "as", Other.LITHUANIAN, "o", Other.LITHUANIAN,
                    "ui", Other.LITHUANIAN)),
    /** Names Russian does not decline (Kazakh -uly, -kyzy, names in other vowels). */
    FIXED("", Map.of("", "as written"), Map.of(), Map.of());

    /** The meanings of other languages' endings, as alerts name them. */
    private static final class Other {
        static final String UKRAINIAN = "Ukrainian case ending";
        static final String BELARUSIAN = "Belarusian case ending";
        static final String POLISH = "Polish case ending";
        static final String CZECH = "Czech case ending";
        static final String POLISH_OR_CZECH = "Polish or Czech case ending";
        static final String LITHUANIAN = "Lithuanian case ending";
        static final String TURKISH = "Turkish case ending";
    }

    /** Kazakh case endings in skeleton spelling; consonant doubling at the join is already collapsed. */
    private static final class Kazakh {
        static final String[] ENDINGS = {"nin", "din", "tin", "in", "ga", "ge", "ka", "ke", "na", "ne", "ni", "di",
            "ti", "n", "da", "de", "ta", "te", "nda", "nde", "dan", "den", "tan", "ten", "nan", "nen", "an", "en",
            "men", "ben", "pen", "lar", "ler", "dar", "der", "tar", "ter"};
    }


    /** Longest ending in any table: the written ending of an -ия or -ой name and a three-letter Kazakh ending. */
    static final int LONGEST_ENDING = 5;

    private final Map<String, String> endings;
    private final Map<String, String> cyrillic;
    private final Map<String, String> latin;

    /**
     * @param nominative what the stem lacks of the written nominative, to which Kazakh and English endings
     *                   are added ("-" for stems that never stand alone)
     */
    Declension(String nominative, Map<String, String> russian, Map<String, String> cyrillic, Map<String, String> latin) {
        Map<String, String> all = new LinkedHashMap<>(russian);
        if (!nominative.equals("-")) {
            all.putIfAbsent(nominative + "s", "English possessive");
            for (String ending : Kazakh.ENDINGS) {
                all.putIfAbsent(nominative + ending, "Kazakh case ending");
            }
        }
        this.endings = Map.copyOf(all);
        this.cyrillic = Map.copyOf(cyrillic);
        this.latin = Map.copyOf(latin);
    }

    /** What the ending means, or empty when this kind of name never ends so. */
    Optional<String> meaning(String ending) {
        return Optional.ofNullable(endings.get(ending));
    }

    /** What the ending means in a word of this script: the script's own endings first, then the common ones. */
    Optional<String> meaning(String ending, boolean cyrillicScript) {
        String own = (cyrillicScript ? cyrillic : latin).get(ending);
        return own != null ? Optional.of(own) : meaning(ending);
    }

    /**
     * Whether a reading needs the written word to end as the case does: Токтая and Керее lose their last
     * vowel to the skeleton's collapse, so the bare stem (tokta, kere) must be written with я or ее to count.
     */
    boolean needsWrittenEnding(String ending) {
        return this == GLIDE_STEM && (ending.isEmpty() || ending.equals("m"));
    }

    /** Whether the written (lower-case Latin) word shows the ending a stem-only reading needs. */
    static boolean showsEnding(String latin, String ending) {
        if (ending.isEmpty()) {
            return latin.endsWith("ya") || latin.endsWith("ia") || latin.endsWith("ee") || latin.endsWith("ye");
        }
        return latin.endsWith("em");
    }

    /** The kind of declension a surname takes, judged by its skeleton. */
    static Declension ofSurname(String skeleton, String latin) {
        if (skeleton.matches(".*(ova|eva|ina|aia)")) {
            return FEMALE_SURNAME;
        }
        if (skeleton.matches(".*(ov|ev|in)")) {
            return MALE_SURNAME;
        }
        if (skeleton.length() > 4 && skeleton.endsWith("oi")) {
            return OI_SURNAME;
        }
        return ofGiven(skeleton, latin);
    }

    /** The kind of declension a surname takes, judged by its skeleton alone. */
    static Declension ofSurname(String skeleton) {
        return ofSurname(skeleton, skeleton);
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
        return this == FIXED && isPatronymic(skeleton);
    }

    /** Whether the skeleton ends as a Kazakh patronymic surname does: -uly (son of) or -kyzy (daughter of). */
    static boolean isPatronymic(String skeleton) {
        return skeleton.endsWith("uli") || skeleton.endsWith("kizi");
    }

    /**
     * The kind of declension a given name takes. Kazakh patronymic surnames in -uly and -kyzy stay fixed,
     * as do names in other vowels (Ali, Toleu); -ий names (Yevgeny, Dmitriy) and -ай/-ей names (Sergei,
     * Nurlybai) decline, told apart by the written word.
     */
    static Declension ofGiven(String skeleton, String latin) {
        if (isPatronymic(skeleton) || skeleton.length() < 3) {
            return FIXED;
        }
        if (skeleton.endsWith("ia")) {
            return YA_STEM;
        }
        char last = skeleton.charAt(skeleton.length() - 1);
        if (last == 'a') {
            return A_STEM;
        }
        if (last == 'i') {
            char before = skeleton.charAt(skeleton.length() - 2);
            if ("aeu".indexOf(before) >= 0 || before == 'o') {
                return GLIDE_STEM;
            }
            // Yevgeny, Dmitriy, Dmitrii, Евгений: a written -y, -iy or -ii after a consonant is Russian -ий.
            return latin.matches(".*[^aeiouy](y|iy|ii|ij|yj)") ? II_STEM : FIXED;
        }
        return "eou".indexOf(last) >= 0 ? FIXED : CONSONANT;
    }

    /** The kind of declension a given name takes, judged by its skeleton alone. */
    static Declension ofGiven(String skeleton) {
        return ofGiven(skeleton, skeleton);
    }

    /** The stem under which a name of this kind is indexed: the skeleton less its nominative ending. */
    String stem(String skeleton) {
        return switch (this) {
            case FEMALE_SURNAME, A_STEM, GLIDE_STEM -> skeleton.substring(0, skeleton.length() - 1);
            case YA_STEM, OI_SURNAME -> skeleton.substring(0, skeleton.length() - 2);
            default -> skeleton;
        };
    }
}
