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
            "қызы", "ұлы", "әйелі", "інісі", "ағасы", "әпкесі", "анасы", "әкесі", "бауыры", "жұбайы");
    private static final Set<String> SPEECH = Set.of("said", "says", "told", "added", "wrote", "сказал", "сказала",
            "сообщил", "сообщила", "рассказал", "рассказала", "заявил", "заявила", "пишет", "написала", "говорит",
            "отметила", "отметил", "айтты", "хабарлады", "мәлімдеді", "according");
    private static final Set<String> ROLES = Set.of("lawyer", "lawyers", "judge", "prosecutor", "prosecutors",
            "attorney", "spokesman", "spokeswoman", "spokesperson", "head", "director", "chairman", "chair",
            "correspondent", "адвокат", "адвоката", "адвокатом", "судья", "судьи", "прокурор", "прокурора",
            "защитник", "защитника", "представитель", "глава", "директор", "председатель", "пресс-секретарь",
            "корреспондент", "заңгер", "заңгері", "адвокаты", "судьясы", "прокуроры", "төрағасы", "basshysy");
    private static final Set<String> PLURAL = Set.of("both", "two", "three", "four", "they", "their", "them",
            "defendants", "activists", "co-defendants", "men", "women", "оба", "обе", "обоих", "обеих", "двое",
            "двоих", "трое", "троих", "они", "их", "им", "активистов", "активистам", "фигурантов", "подсудимых",
            "осуждённых", "осужденных", "обвиняемых", "екеуі", "екеуін", "олар", "оларды", "белсенділер");
    private static final Set<String> HE = Set.of("he", "his", "him", "он", "его", "ему", "им", "нём", "нем");
    private static final Set<String> SHE = Set.of("she", "her", "hers", "она", "её", "ее", "ей", "ней", "нее", "неё");
    private static final Pattern SURNAME = Pattern.compile("[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\\p{Ll}'’-]+(?:ov|ev|yev|ova|eva|in|ina|"
            + "uly|kyzy|enko|ов|ев|ова|ева|ин|ина|улы|ұлы|кызы|қызы|енко)(?:a|u|ym|oi|у|а|ым|ой|ом|е|ым|"
            + "тың|тің|ға|ге|ды|ді)?");
    private static final Pattern FEMALE = Pattern.compile("(?iu).*(ova|eva|ina|aya|kyzy|ова|ева|ина|ая|кызы|қызы|"
            + "овой|евой|иной)$");
    private static final Pattern MALE = Pattern.compile("(?iu).*(ov|ev|in|uly|ов|ев|ин|улы|ұлы|овым|евым|ым)$");

    private final List<Mention> mentions;
    private final String text;
    private final Map<String, Gender> genders;
    private final boolean onePerson;
    private Set<String> current = Set.of();
    private int currentParagraph = -1;
    private final Set<String> seen = new LinkedHashSet<>();

    enum Gender { MALE, FEMALE, UNKNOWN }

    Attribution(String text, List<Mention> mentions) {
        this.text = text;
        this.mentions = List.copyOf(mentions);
        this.onePerson = mentions.stream().map(Mention::personId).distinct().count() == 1;
        this.genders = mentions.stream().collect(Collectors.groupingBy(Mention::personId,
                Collectors.collectingAndThen(Collectors.toList(), Attribution::gender)));
    }

    /**
     * The watched persons the sentence is about, for the event at word {@code at}; reading sentences in order
     * keeps track of whom the text is about.
     */
    Set<String> persons(Sentences.Span span, int paragraph, Words words, int at) {
        List<Mention> named = named(span, words);
        if (!named.isEmpty()) {
            Set<String> inClause = clause(named, span, words, at);
            return inClause.isEmpty() ? ids(named) : inClause;
        }
        if (current.isEmpty() || aboutSomebodyElse(words, at)) {
            return Set.of();
        }
        boolean plural = words.lower().stream().anyMatch(PLURAL::contains);
        if (plural) {
            return current.size() > 1 ? current : seen.size() == 2 ? Set.copyOf(seen) : current;
        }
        if (!onePerson && paragraph != currentParagraph && currentParagraph > 0 && seen.size() > 1) {
            // A new paragraph of a text about several persons: "he" may be any of them.
            return Set.of();
        }
        Gender said = words.lower().stream().anyMatch(HE::contains) ? Gender.MALE
                : words.lower().stream().anyMatch(SHE::contains) ? Gender.FEMALE : Gender.UNKNOWN;
        if (said != Gender.UNKNOWN) {
            Set<String> fit = current.stream().filter(p -> genders.getOrDefault(p, Gender.UNKNOWN) != opposite(said))
                    .collect(Collectors.toSet());
            return fit.size() == 1 || fit.size() == current.size() && current.size() == 1 ? fit : Set.of();
        }
        return current;
    }

    /** Moves on past a sentence: whom the text is about after it. */
    void read(Sentences.Span span, int paragraph, Words words) {
        List<Mention> named = named(span, words);
        if (!named.isEmpty()) {
            current = ids(named);
            currentParagraph = paragraph;
            seen.addAll(current);
        } else if (aboutSomebodyElse(words, words.size())) {
            current = Set.of();
        }
    }

    /** The sentence's mentions that name the person, not a relative of theirs ("дочь Темирханова"). */
    private List<Mention> named(Sentences.Span span, Words words) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.start() >= span.start() && m.end() <= span.end()) {
                int first = words.at(m.start() - span.start());
                int last = words.at(m.end() - 1 - span.start());
                if (!relativeOf(m, words, first, last)) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /**
     * "дочь Темирханова" (a relative, then the name in the genitive), "the daughter of Temirkhanov",
     * "Temirkhanov's daughter", "Темірхановтың қызы"; not an apposition ("his cousin Kenzhebek Abishev",
     * "Кенжетаеву, мать троих детей").
     */
    private static boolean relativeOf(Mention m, Words words, int first, int last) {
        List<String> w = words.lower();
        boolean genitive = m.rule().contains("genitive");
        boolean before = first >= 1 && RELATIVES.contains(w.get(first - 1)) && genitive
                || first >= 2 && w.get(first - 1).equals("of") && RELATIVES.contains(w.get(first - 2));
        String surface = w.get(last);
        boolean english = last + 1 < w.size() && w.get(last + 1).equals("s");
        boolean kazakh = surface.matches(".*[тдн][ыі]ң");
        int next = english ? last + 2 : last + 1;
        return before || (english || kazakh) && next < w.size() && RELATIVES.contains(w.get(next));
    }

    /** The persons named in the same clause as the event; a clause ends at ";", " — ", ", while"... */
    private Set<String> clause(List<Mention> named, Sentences.Span span, Words words, int at) {
        String sentence = text.substring(span.start(), span.end());
        int eventChar = words.starts().isEmpty() ? 0 : words.starts().get(Math.min(at, words.size() - 1));
        int from = 0;
        int to = sentence.length();
        for (String mark : new String[]{";", " — ", " – ", ", while ", ", whereas ", ", а ", ", но ", ", but "}) {
            for (int i = sentence.indexOf(mark); i >= 0; i = sentence.indexOf(mark, i + 1)) {
                if (i < eventChar) {
                    from = Math.max(from, i);
                } else {
                    to = Math.min(to, i);
                }
            }
        }
        int a = span.start() + from;
        int b = span.start() + to;
        return named.stream().filter(m -> m.start() >= a && m.end() <= b).map(Mention::personId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** A relative as subject, or a person nobody watches named other than as a speaker, a lawyer, a judge. */
    private static boolean aboutSomebodyElse(Words words, int before) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.lower().get(i);
            if (RELATIVES.contains(w) && i <= before + 3 && !near(words, i, SPEECH, 3)) {
                return true;
            }
            if (i > 0 && SURNAME.matcher(words.original().get(i)).matches() && !near(words, i, ROLES, 3)
                    && !near(words, i, SPEECH, 3) && i <= before + 3) {
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

    /** A person's gender by the surname forms the text writes, when they agree. */
    private static Gender gender(List<Mention> named) {
        int female = 0;
        int male = 0;
        for (Mention m : named) {
            String last = m.surface().strip().replaceAll(".*\\s", "");
            if (FEMALE.matcher(last).matches()) {
                female++;
            } else if (MALE.matcher(last).matches()) {
                male++;
            }
        }
        return female > male ? Gender.FEMALE : male > female ? Gender.MALE : Gender.UNKNOWN;
    }
}
