package org.casewatch.model;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The parts the matcher's explanations are made of ("surname, Russian genitive, after a full mention"), with
 * their Russian names: one table for the emails and the console, so neither shows a part the other names.
 */
public enum RulePart {
    FULL_NAME("full name", "полное имя"),
    SURNAME_FIRST("surname first", "фамилия первой"),
    INITIAL_AND_SURNAME("initial and surname", "инициал и фамилия"),
    SURNAME_AND_INITIAL("surname and initial", "фамилия и инициал"),
    ALIAS("alias", "другое имя"),
    SURNAME("surname", "фамилия"),
    AFTER_A_FULL_MENTION("after a full mention", "после упоминания полного имени"),
    UNIQUE_AMONG_WATCHED_PERSONS("unique among watched persons", "единственная среди наблюдаемых"),
    ONE_LETTER_TYPO("one-letter typo", "опечатка в одной букве"),
    RUSSIAN_GENITIVE("Russian genitive", "родительный падеж"),
    RUSSIAN_DATIVE("Russian dative", "дательный падеж"),
    RUSSIAN_ACCUSATIVE("Russian accusative", "винительный падеж"),
    RUSSIAN_INSTRUMENTAL("Russian instrumental", "творительный падеж"),
    RUSSIAN_PREPOSITIONAL("Russian prepositional", "предложный падеж"),
    RUSSIAN_OBLIQUE_CASE("Russian oblique case", "косвенный падеж"),
    RUSSIAN_PLURAL("Russian plural", "множественное число"),
    ENGLISH_POSSESSIVE("English possessive", "английский притяжательный падеж"),
    KAZAKH_CASE_ENDING("Kazakh case ending", "казахское падежное окончание"),
    GIVEN_NAME_VARIANT("given-name variant", "вариант имени"),
    ONE_LETTER_TYPO_IN_THE_GIVEN_NAME("one-letter typo in the given name", "опечатка в одной букве имени"),
    KAZAKH_VOWEL_DROPPED("Kazakh vowel dropped", "без казахской гласной"),
    KAZAKH_VOWEL_RESTORED("Kazakh vowel restored", "с казахской гласной"),
    PATRONYMIC_SURNAME_SHORTENED("patronymic surname shortened", "фамилия-отчество без -улы/-кызы"),
    PATRONYMIC_SURNAME_EXPANDED("patronymic surname expanded", "фамилия с -улы/-кызы"),
    BELARUSIAN_SPELLING("Belarusian spelling", "белорусское написание"),
    UKRAINIAN_SPELLING("Ukrainian spelling", "украинское написание"),
    UKRAINIAN_CASE_ENDING("Ukrainian case ending", "украинское падежное окончание"),
    BELARUSIAN_CASE_ENDING("Belarusian case ending", "белорусское падежное окончание"),
    POLISH_CASE_ENDING("Polish case ending", "польское падежное окончание"),
    CZECH_CASE_ENDING("Czech case ending", "чешское падежное окончание"),
    POLISH_OR_CZECH_CASE_ENDING("Polish or Czech case ending", "польское или чешское падежное окончание"),
    LITHUANIAN_CASE_ENDING("Lithuanian case ending", "литовское падежное окончание"),
    TURKISH_CASE_ENDING("Turkish case ending", "турецкое падежное окончание");

    private static final Map<String, RulePart> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toMap(RulePart::english, Function.identity()));

    private final String english;
    private final String russian;

    RulePart(String english, String russian) {
        this.english = english;
        this.russian = russian;
    }

    public String english() {
        return english;
    }

    /** A whole rule, part by part, in English ("en") or Russian ("ru"); a part not known here stays as written. */
    public static String translate(String rule, String language) {
        if (!language.equals("ru")) {
            return rule;
        }
        return Arrays.stream(rule.split(", ")).map(p -> BY_NAME.containsKey(p) ? BY_NAME.get(p).russian : p)
                .collect(Collectors.joining(", "));
    }

    /** Whether every part of the rule has a name here. */
    public static boolean known(String rule) {
        return Arrays.stream(rule.split(", ")).allMatch(BY_NAME::containsKey);
    }
}
