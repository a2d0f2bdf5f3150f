package org.casewatch.hearings;

import org.casewatch.model.Mention;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words that refer back to persons named before: pronouns and their sex ("he", "она", Kazakh "ол" with
 * none), singular roles ("the journalist", "правозащитнице"), groups ("both", "the two activists", "обоих"),
 * and the groups of other people that "their" may mean ("participants", "участников").
 */
final class References {

    /** A person's sex, as far as the text tells it. */
    enum Gender { MALE, FEMALE, UNKNOWN }

    private static final Set<String> PLURAL = Set.of("both", "they", "their", "them", "defendants", "co-defendants",
            "оба", "обе", "обоих", "обеих", "двое", "двоих", "трое", "троих", "они", "их", "им", "фигурантов",
            "подсудимых", "осуждённых", "осужденных", "обвиняемых", "екеуі", "екеуін", "олар", "оларды");
    private static final Set<String> OTHER_GROUPS = Set.of("participants", "protesters", "demonstrators",
            "picketers", "residents", "участников", "участники", "протестующих", "пикетчиков", "жителей",
            "демонстрантов", "қатысушылар", "қатысушыларды", "тұрғындар");
    /** "two" is a group of persons only before a word for persons: "the two activists", not "two years". */
    private static final Set<String> NUMBERS = Set.of("two", "three", "four", "двух", "трёх", "трех", "екі", "үш");
    private static final Set<String> PERSONS = Set.of("activists", "defendants", "men", "women", "journalists",
            "bloggers", "prisoners", "workers", "farmers", "активистов", "активистам", "активистки", "журналистов",
            "фигурантов", "подсудимых", "осуждённых", "белсенді", "белсенділер");
    private static final Set<String> HE = Set.of("he", "his", "him", "himself", "он", "его", "ему", "им", "нём", "нем");
    private static final Set<String> SHE = Set.of("she", "her", "hers", "herself", "она", "её", "ее", "ей", "ней",
            "нее",
            "неё");
    /** Kazakh pronouns, which name no sex. */
    private static final Set<String> NEUTRAL = Set.of("ол", "оның", "оған", "оны", "одан", "онымен");
    /** Pronouns that name a person's sex for sure; Russian "его", "её" also stand for things ("её рассмотрение"). */
    private static final Set<String> PERSONAL = Set.of("he", "his", "him", "himself", "she", "her", "hers", "herself",
            "он", "она");
    private static final Pattern FEMALE = Pattern.compile("(?iu).*(ova|eva|ina|aya|kyzy|ова|ева|ина|ая|кызы|қызы|"
            + "овой|евой|иной)$");
    private static final Pattern MALE = Pattern.compile("(?iu).*(ov|ev|in|uly|ов|ев|ин|улы|ұлы|овым|евым|ым)$");
    private static final Set<String> SINGULAR_ROLES = Set.of("journalist", "activist", "blogger", "editor",
            "reporter", "lawyer", "theologian", "welder", "prisoner", "convict", "defendant", "журналист",
            "журналиста", "журналисту", "журналистку", "журналистка", "активист", "активиста", "активистку",
            "активистка", "блогер", "блогера", "редактор", "редактора", "правозащитник", "правозащитница",
            "правозащитнице", "правозащитницу", "осуждённый", "осужденный", "осуждённого", "подсудимый",
            "подсудимого", "заключённый", "заключенный", "белсенді", "теолог", "теологты",
            "теологтың", "сотталушы");

    private References() {
    }

    /** A Kazakh pronoun, which names no sex: "ол", "оның", "оған". */
    static boolean neutralPronoun(Words words) {
        return words.lower().stream().anyMatch(NEUTRAL::contains);
    }

    /** A pronoun that names a person's sex for sure ("he", "she", "она"), unlike Russian "его", "её". */
    static boolean surePronoun(Words words) {
        return words.lower().stream().anyMatch(PERSONAL::contains);
    }

    /** A role standing for one person: "the journalist", "правозащитнице", "теологтың". */
    static boolean singularRole(Words words) {
        return words.lower().stream().anyMatch(SINGULAR_ROLES::contains);
    }

    /** A group of other people that "their" may mean next: "participants", "участников". */
    static boolean otherGroup(Words words) {
        return words.lower().stream().anyMatch(OTHER_GROUPS::contains);
    }

    static boolean plural(Words words, List<Integer> clauses, int clause) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.lower().get(i);
            boolean group = PLURAL.contains(w) || PERSONS.contains(w) && i > 0
                    && (NUMBERS.contains(words.lower().get(i - 1)) || words.lower().get(i - 1).equals("the"))
                    || NUMBERS.contains(w) && i + 1 < words.size() && PERSONS.contains(words.lower().get(i + 1));
            if (clauses.get(i) == clause && group) {
                return true;
            }
        }
        return false;
    }
    static Gender pronoun(Words words) {
        boolean he = words.lower().stream().anyMatch(HE::contains);
        boolean she = words.lower().stream().anyMatch(SHE::contains);
        return he == she ? Gender.UNKNOWN : he ? Gender.MALE : Gender.FEMALE;
    }
    static Gender opposite(Gender g) {
        return g == Gender.MALE ? Gender.FEMALE : g == Gender.FEMALE ? Gender.MALE : Gender.UNKNOWN;
    }
    /**
     * A person's sex by the surname forms the text writes (Kenzhetayeva, Кенжетаевой, Sarsenkyzy), or else by a
     * given name in -a (Dinara Mukhametkali), when the forms agree.
     */
    static Gender gender(List<Mention> named) {
        int female = 0;
        int male = 0;
        int givenFemale = 0;
        for (Mention m : named) {
            String[] parts = m.surface().strip().split("\\s+");
            String last = parts[parts.length - 1];
            if (FEMALE.matcher(last).matches()) {
                female++;
            } else if (MALE.matcher(last).matches()) {
                male++;
            }
            if (parts.length > 1 && m.rule().startsWith("full name") && parts[0].matches("(?iu).*[aая]")) {
                givenFemale++;
            }
        }
        if (female == male && givenFemale > 0) {
            return Gender.FEMALE;
        }
        return female > male ? Gender.FEMALE : male > female ? Gender.MALE : Gender.UNKNOWN;
    }
}
