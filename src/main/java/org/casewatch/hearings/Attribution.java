package org.casewatch.hearings;

import org.casewatch.model.Mention;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whose event a sentence reports, read through the document: the watched persons the sentence names in any
 * form the matcher accepts (a surname after a full mention included), or, when it names none, the persons the
 * text was last about, when it refers back to them by pronoun, role, group or nothing at all. It gives nothing
 * when the sentence is about somebody else: a relative ("his daughter", "брат журналиста"), a person nobody
 * watches, or, in a text about several watched persons, one the words do not single out.
 */
final class Attribution {

    private static final Set<String> RELATIVES = Set.of("daughter", "son", "wife", "husband", "brother", "sister",
            "mother", "father", "nephew", "niece", "cousin", "uncle", "aunt", "дочь", "дочери", "сын", "сына",
            "сыну", "сыном", "жена", "жены", "жене", "женой", "муж", "мужа", "брат", "брата", "брату", "братом",
            "сестра", "сестры", "сестре", "мать", "матери", "отец", "отца", "отцу", "племянник", "племянника",
            "қызы", "ұлы", "әйелі", "інісі", "ағасы", "әпкесі", "анасы", "әкесі", "бауыры", "жұбайы", "семья",
            "семьи", "family", "отбасы", "colleague", "коллега", "коллеги", "әріптесі", "әріптесінің");
    private static final Set<String> POSSESSIVE = Set.of("his", "her", "their", "its", "the", "его", "её", "ее", "их",
            "оның", "олардың");
    private static final Set<String> SPEECH = Set.of("словам", "слов", "according", "said", "says", "told", "added", "wrote", "сказал", "сказала",
            "сообщил", "сообщила", "рассказал", "рассказала", "заявил", "заявила", "пишет", "написала", "говорит",
            "отметила", "отметил", "айтты", "хабарлады", "мәлімдеді");
    private static final Set<String> ROLES = Set.of("lawyer", "lawyers", "judge", "prosecutor", "prosecutors",
            "attorney", "spokesman", "spokeswoman", "spokesperson", "head", "director", "chairman", "chair",
            "correspondent", "адвокат", "адвоката", "адвокатом", "судья", "судьи", "прокурор", "прокурора",
            "защитник", "защитника", "представитель", "глава", "директор", "председатель", "пресс-секретарь",
            "корреспондент", "заңгер", "заңгері", "адвокаты", "судьясы", "прокуроры", "төрағасы", "basshysy");
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
    private static final Set<String> SHE = Set.of("she", "her", "hers", "herself", "она", "её", "ее", "ей", "ней", "нее",
            "неё");
    /** Kazakh pronouns, which name no sex. */
    private static final Set<String> NEUTRAL = Set.of("ол", "оның", "оған", "оны", "одан", "онымен");
    /** Pronouns that name a person's sex for sure; Russian "его", "её" also stand for things ("её рассмотрение"). */
    private static final Set<String> PERSONAL = Set.of("he", "his", "him", "himself", "she", "her", "hers", "herself",
            "он", "она");
    private static final Pattern SURNAME = Pattern.compile("[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\\p{Ll}'’-]+(?:ov|ev|yev|ova|eva|in|ina|"
            + "uly|kyzy|enko|ов|ев|ова|ева|ин|ина|улы|ұлы|кызы|қызы|енко)(?:a|u|ym|oi|у|а|ым|ой|ом|е|ым|"
            + "тың|тің|ның|нің|ға|ге|қа|ке|на|не|ды|ді|ты|ті|ны|ні|да|де|та|те|нан|нен|мен|бен|пен)?");
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

    private final List<Mention> mentions;
    private final String text;
    private final Map<String, Gender> genders;
    private final boolean onePerson;
    /** The persons the headline and first paragraph name: whom an unattributed event of the text is about. */
    private final Set<String> subjects;
    /** The first four letters of the given names each person is written with in full in this text. */
    private final Map<String, Set<String>> givenNames;
    private Set<String> current = Set.of();
    private int currentParagraph = -1;
    private boolean otherSubject;
    /** The sentence before spoke of a group of other people ("participants"): "their" is theirs. */
    private boolean otherGroup;

    enum Gender { MALE, FEMALE, UNKNOWN }

    /** @param leadEnd the offset where the text's headline and first paragraph end */
    Attribution(String text, List<Mention> mentions, int leadEnd) {
        this.text = text;
        this.mentions = List.copyOf(mentions);
        this.onePerson = mentions.stream().map(Mention::personId).distinct().count() == 1;
        this.genders = mentions.stream().collect(Collectors.groupingBy(Mention::personId,
                Collectors.collectingAndThen(Collectors.toList(), Attribution::gender)));
        this.subjects = mentions.stream().filter(m -> m.start() < leadEnd).map(Mention::personId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        this.givenNames = mentions.stream().filter(m -> m.rule().startsWith("full name"))
                .collect(Collectors.groupingBy(Mention::personId, Collectors.flatMapping(m -> {
                    String[] parts = m.surface().strip().split("\\s+");
                    return java.util.Arrays.stream(parts, 0, Math.max(0, parts.length - 1)).map(Attribution::stem);
                }, Collectors.toSet())));
    }

    /**
     * The watched persons the sentence is about, for the event at word {@code at}; reading sentences in order
     * keeps track of whom the text is about.
     */
    Set<String> persons(Sentences.Span span, int paragraph, Words words, int at, int previousDate) {
        List<Mention> named = named(span, words);
        List<Integer> clauses = Clauses.of(text.substring(span.start(), span.end()), words);
        int clause = clauses.get(Math.min(at, clauses.size() - 1));
        if (!named.isEmpty()) {
            Set<String> inClause = clause(named, span, words, clauses, clause);
            if (inClause.size() > 1 && previousDate >= 0) {
                // "Tokmurzin's appeal will be heard on 14 April, and Kenzhetayeva's on 21 April": the names
                // between the previous date and this one are this date's.
                Set<String> own = between(named, span, words, previousDate, at);
                if (!own.isEmpty()) {
                    return own;
                }
            }
            if (!inClause.isEmpty()) {
                return inClause;
            }
            if (somebodyElseIn(words, clauses, clause)) {
                return Set.of();
            }
            if (!plural(words, clauses, clause)) {
                return ids(named);
            }
        } else if (somebodyElseIn(words, clauses, clause) || somebodyElse(words)) {
            return Set.of();
        }
        if (plural(words, clauses, clause)) {
            if (otherGroup) {
                // "Police detained eight participants. The court will hear their cases on 12 December."
                return Set.of();
            }
            return current.size() > 1 ? current : subjects.size() > 1 ? subjects : current;
        }
        Gender said = pronoun(words);
        boolean pronoun = said != Gender.UNKNOWN || words.lower().stream().anyMatch(NEUTRAL::contains);
        boolean role = words.lower().stream().anyMatch(SINGULAR_ROLES::contains);
        if (pronoun || role) {
            if (otherSubject && pronoun) {
                // The sentence before was about somebody else: "she", "оған" are most likely them.
                return Set.of();
            }
            Set<String> from = current.isEmpty() ? subjects : current;
            boolean sure = words.lower().stream().anyMatch(PERSONAL::contains);
            if (from.size() == 1 && sure && genders.getOrDefault(from.iterator().next(), Gender.UNKNOWN) == opposite(said)) {
                // "He had been released": the woman the text is about is not "he".
                return Set.of();
            }
            if (from.size() <= 1) {
                return from;
            }
            Set<String> fit = from.stream().filter(p -> genders.getOrDefault(p, Gender.UNKNOWN) == said)
                    .collect(Collectors.toSet());
            return fit.size() == 1 ? fit : Set.of();
        }
        // Nothing refers to anybody ("The trial opened on 18 November"): the text's own case, which is all of its
        // co-defendants' when the one named last is one of them.
        if (subjects.size() > current.size() && subjects.containsAll(current) && !current.isEmpty()) {
            return subjects;
        }
        if (!current.isEmpty() && (onePerson || paragraph == currentParagraph)) {
            return current;
        }
        return subjects.isEmpty() ? current : subjects;
    }

    /** Moves on past a sentence: whom the text is about after it. */
    void read(Sentences.Span span, int paragraph, Words words) {
        List<Mention> named = named(span, words);
        otherGroup = words.lower().stream().anyMatch(OTHER_GROUPS::contains);
        if (!named.isEmpty()) {
            current = ids(named);
            currentParagraph = paragraph;
            otherSubject = false;
        } else {
            List<Integer> clauses = Clauses.of(text.substring(span.start(), span.end()), words);
            // After a sentence about somebody else, "he" or "she" may well be them.
            otherSubject = !clauses.isEmpty() && somebodyElseIn(words, clauses, clauses.get(0));
        }
    }

    private static boolean plural(Words words, List<Integer> clauses, int clause) {
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

    private static Gender pronoun(Words words) {
        boolean he = words.lower().stream().anyMatch(HE::contains);
        boolean she = words.lower().stream().anyMatch(SHE::contains);
        return he == she ? Gender.UNKNOWN : he ? Gender.MALE : Gender.FEMALE;
    }

    /** The sentence's mentions that name the person, not a relative of theirs ("дочь Темирханова"). */
    private List<Mention> named(Sentences.Span span, Words words) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.start() >= span.start() && m.end() <= span.end()) {
                int first = words.at(m.start() - span.start());
                int last = words.at(m.end() - 1 - span.start());
                if (!relativeOf(m, words, first, last) && !namesake(m, words, last, span.start())) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /**
     * A surname followed by somebody else's given name or initial: "осуждённого Оспанова Руслана Маратовича" is
     * not Bauyrzhan Ospanov, though the text named him in full before.
     */
    private boolean namesake(Mention m, Words words, int last, int spanStart) {
        if (m.rule().startsWith("full name") || last + 1 >= words.size()
                || !text.substring(m.end(), spanStart + words.starts().get(last + 1)).isBlank()) {
            return false;
        }
        String next = words.original().get(last + 1);
        if (!Character.isUpperCase(next.charAt(0))) {
            return false;
        }
        Set<String> given = givenNames.getOrDefault(m.personId(), Set.of());
        if (given.isEmpty()) {
            return false;
        }
        String stem = stem(next);
        return given.stream().noneMatch(g -> next.length() <= 2 ? g.charAt(0) == stem.charAt(0) : g.equals(stem));
    }

    private static String stem(String word) {
        String lower = EventCues.lower(word);
        return lower.length() <= 4 ? lower : lower.substring(0, 4);
    }

    /**
     * "дочь Темирханова" (a relative, then the name in the genitive), "the daughter of Temirkhanov",
     * "Temirkhanov's daughter", "Темірхановтың қызы"; not an apposition ("his cousin Kenzhebek Abishev",
     * "Кенжетаеву, мать троих детей").
     */
    private static boolean relativeOf(Mention m, Words words, int first, int last) {
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

    /** The persons named between two words of the sentence. */
    private static Set<String> between(List<Mention> named, Sentences.Span span, Words words, int from, int to) {
        Set<String> out = new LinkedHashSet<>();
        for (Mention m : named) {
            int word = words.at(m.start() - span.start());
            if (word > from && word < to) {
                out.add(m.personId());
            }
        }
        return out;
    }

    /** The persons named in the event's clause. */
    private Set<String> clause(List<Mention> named, Sentences.Span span, Words words, List<Integer> clauses, int clause) {
        Set<String> out = new LinkedHashSet<>();
        for (Mention m : named) {
            int word = words.at(m.start() - span.start());
            if (clauses.get(word) == clause) {
                out.add(m.personId());
            }
        }
        return out;
    }

    /** Anywhere in a sentence that names no watched person: a person nobody watches ("по делу Жусупова"). */
    private static boolean somebodyElse(Words words) {
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
    private static boolean otherName(Words words, int i) {
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
    private static boolean somebodyElseIn(Words words, List<Integer> clauses, int clause) {
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

    private static boolean nearInClause(Words words, List<Integer> clauses, int i, Set<String> set, int reach) {
        for (int k = Math.max(0, i - reach); k <= Math.min(words.size() - 1, i + reach); k++) {
            if (k != i && clauses.get(k).equals(clauses.get(i)) && set.contains(words.lower().get(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean near(Words words, int i, Set<String> set, int reach) {
        for (int k = Math.max(0, i - reach); k <= Math.min(words.size() - 1, i + reach); k++) {
            if (k != i && set.contains(words.lower().get(k))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> ids(List<Mention> named) {
        return named.stream().map(Mention::personId).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Gender opposite(Gender g) {
        return g == Gender.MALE ? Gender.FEMALE : g == Gender.FEMALE ? Gender.MALE : Gender.UNKNOWN;
    }

    /**
     * A person's sex by the surname forms the text writes (Kenzhetayeva, Кенжетаевой, Sarsenkyzy), or else by a
     * given name in -a (Dinara Mukhametkali), when the forms agree.
     */
    private static Gender gender(List<Mention> named) {
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
