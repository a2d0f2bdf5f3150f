package org.casewatch.hearings;

import org.casewatch.model.Mention;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words that tell a sentence is about somebody the watchlist does not name: a relative ("his daughter",
 * "брат журналиста", "Темірхановтың қызы"), a person nobody watches (a surname-shaped word that is not a
 * speaker's or somebody's lawyer's), a colleague, a family.
 */
final class OtherPersons {

    private static final Set<String> RELATIVES = Set.of("daughter", "son", "wife", "husband", "brother", "sister",
            "mother", "father", "nephew", "niece", "cousin", "uncle", "aunt", "дочь", "дочери", "сын", "сына",
            "сыну", "сыном", "жена", "жены", "жене", "женой", "муж", "мужа", "брат", "брата", "брату", "братом",
            "сестра", "сестры", "сестре", "мать", "матери", "отец", "отца", "отцу", "племянник", "племянника",
            "қызы", "ұлы", "әйелі", "інісі", "ағасы", "әпкесі", "анасы", "әкесі", "бауыры", "жұбайы", "семья",
            "семьи", "family", "отбасы", "colleague", "коллега", "коллеги", "әріптесі", "әріптесінің");
    private static final Set<String> POSSESSIVE = Set.of("his", "her", "their", "its", "the", "его", "её", "ее", "их",
            "оның", "олардың");
    private static final Set<String> SPEECH = Set.of("словам", "слов", "according", "said", "says", "told", "added",
            "wrote", "сказал", "сказала",
            "сообщил", "сообщила", "рассказал", "рассказала", "заявил", "заявила", "пишет", "написала", "говорит",
            "отметила", "отметил", "айтты", "хабарлады", "мәлімдеді");
    private static final Set<String> ROLES = Set.of("lawyer", "lawyers", "judge", "prosecutor", "prosecutors",
            "attorney", "spokesman", "spokeswoman", "spokesperson", "head", "director", "chairman", "chair",
            "correspondent", "адвокат", "адвоката", "адвокатом", "судья", "судьи", "прокурор", "прокурора",
            "защитник", "защитника", "представитель", "глава", "директор", "председатель", "пресс-секретарь",
            "корреспондент", "заңгер", "заңгері", "адвокаты", "судьясы", "прокуроры", "төрағасы", "basshysy");
    private static final Pattern SURNAME = Pattern.compile("[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\\p{Ll}'’-]+(?:ov|ev|yev|ova|eva|in|ina|"
            + "uly|kyzy|enko|ов|ев|ова|ева|ин|ина|улы|ұлы|кызы|қызы|енко)(?:a|u|ym|oi|у|а|ым|ой|ом|е|ым|"
            + "тың|тің|ның|нің|ға|ге|қа|ке|на|не|ды|ді|ты|ті|ны|ні|да|де|та|те|нан|нен|мен|бен|пен)?");

    private OtherPersons() {
    }

    /** Anywhere in a sentence that names no watched person: a person nobody watches ("по делу Жусупова"). */
    static boolean somebodyElse(Words words) {
        for (int i = 0; i < words.size(); i++) {
            if (otherName(words, i)) {
                return true;
            }
        }
        return false;
    }
    /**
     * A word shaped like the surname of a person nobody watches, named other than as a speaker ("said his lawyer,
     * Marat Dzhumabayev") or as somebody's lawyer or judge ("адвокат Темирханова Ержан Кулбаев"). A lawyer with
     * nobody's name ("костанайский адвокат Сауле Ибраева вышла на свободу") is a person of their own.
     */
    static boolean otherName(Words words, int i) {
        String word = words.original().get(i);
        // Every first word is capitalised: there only a long one shaped like a surname counts.
        if (!((i > 0 || word.length() >= 6) && SURNAME.matcher(word).matches()) || near(words, i, SPEECH, 3)) {
            return false;
        }
        for (int k = Math.max(0, i - 3); k < i; k++) {
            if (ROLES.contains(words.lower().get(k)) && (k > 0 && POSSESSIVE.contains(words.lower().get(k - 1))
                    || k + 1 < i && !SURNAME.matcher(words.original().get(k + 1)).matches()
                    && Character.isLowerCase(words.original().get(k + 1).charAt(0)))) {
                return false;
            }
        }
        return true;
    }
    /** In the clause: a relative as subject, or a person nobody watches named other than as a speaker or a lawyer. */
    static boolean somebodyElseIn(Words words, List<Integer> clauses, int clause) {
        for (int i = 0; i < words.size(); i++) {
            if (clauses.get(i) != clause) {
                continue;
            }
            String w = words.lower().get(i);
            if (RELATIVES.contains(w) && !nearInClause(words, clauses, i, SPEECH, 3)) {
                return true;
            }
            if (otherName(words, i)) {
                return true;
            }
        }
        return false;
    }
    static boolean nearInClause(Words words, List<Integer> clauses, int i, Set<String> set, int reach) {
        for (int k = Math.max(0, i - reach); k <= Math.min(words.size() - 1, i + reach); k++) {
            if (k != i && clauses.get(k).equals(clauses.get(i)) && set.contains(words.lower().get(k))) {
                return true;
            }
        }
        return false;
    }
    static boolean near(Words words, int i, Set<String> set, int reach) {
        for (int k = Math.max(0, i - reach); k <= Math.min(words.size() - 1, i + reach); k++) {
            if (k != i && set.contains(words.lower().get(k))) {
                return true;
            }
        }
        return false;
    }
    /**
     * "дочь Темирханова" (a relative, then the name in the genitive), "the daughter of Temirkhanov",
     * "Temirkhanov's daughter", "Темірхановтың қызы"; not an apposition ("his cousin Kenzhebek Abishev",
     * "Кенжетаеву, мать троих детей").
     */
    static boolean relativeOf(Mention m, Words words, int first, int last) {
        List<String> w = words.lower();
        boolean genitive = m.rule().contains("genitive");
        boolean before = first >= 1 && RELATIVES.contains(w.get(first - 1)) && genitive;
        // "the daughter of Temirkhanov", "the 24-year-old daughter of jailed journalist Aidos Temirkhanov"
        for (int k = first - 1; k >= Math.max(1, first - 4); k--) {
            if (w.get(k).equals("of") && RELATIVES.contains(w.get(k - 1))) {
                before = true;
            }
        }
        String surface = w.get(last);
        boolean english = last + 1 < w.size() && w.get(last + 1).equals("s");
        boolean kazakh = surface.matches(".*[тдн][ыі]ң");
        int next = english ? last + 2 : last + 1;
        return before || (english || kazakh) && next < w.size() && RELATIVES.contains(w.get(next));
    }
}
