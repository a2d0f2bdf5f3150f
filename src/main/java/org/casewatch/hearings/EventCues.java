package org.casewatch.hearings;

import org.casewatch.model.HearingKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words that make a date an event of a case, in English, Russian and Kazakh (word beginnings, lower case;
 * several words in a row where written with spaces): decisions (sentenced, upheld, denied parole, приговорил,
 * оставил без изменения, үкім шығарды), hearings, and procedural events (detained, transferred, объявил
 * голодовку); the words that move or call off a hearing; and the words that make a date something else (a
 * birthday, a rally, a statement, a law).
 */
final class EventCues {

    /** What a cue word says about the date nearest to it. */
    enum Role { EVENT, HEARING, DECISION, GENERIC, FILING, POSTPONED, CANCELLED, GATHERING, NOT_AN_EVENT, SPOKEN }

    /** A cue found at a word index of a sentence; {@code kind} is OTHER for roles other than EVENT. */
    record Cue(int word, Role role, HearingKind kind) {
    }

    private record Entry(String[] words, Role role, HearingKind kind) {
    }

    private static final List<Entry> ENTRIES = new ArrayList<>();

    static {
        // "It will take place on 30 June": an event only where a court is named.
        entry(Role.GENERIC, "take place", "took place", "takes place", "open$", "opened$", "opens$", "begin$",
                "begins$", "began$", "start$", "starts$", "started$", "resume", "judge$", "judges$", "состоится",
                "состоялось", "пройдет", "пройдёт", "прошло", "өтеді", "өтті");
        // "said on Tuesday", "заявил 5 мая": the day words were spoken, unless an event word is nearer.
        entry(Role.SPOKEN, "said", "says", "told", "напомнил", "напомнила", "комментиру", "сообщил", "заявил", "сказал",
                "рассказал", "айтты", "мәлімдеді", "хабарлады", "statement", "заявлени", "мәлімдеме");
        // Filing comes before the kinds: "appealed", "подала апелляционную жалобу" date the filing, not a hearing.
        entry(Role.FILING, "filed", "lodged", "submitted", "applied for", "appealed", "подал", "подала", "подали",
                "подан", "направил", "направила", "обжаловал", "обжаловала", "обратил", "берді", "жолдады");
        event(HearingKind.CASSATION, "cassation", "кассац", "supreme court", "верховн суд", "жоғарғы сот");
        event(HearingKind.PAROLE, "parole", "early release", "release early", "released early", "досрочн", "удо",
                "условно-досрочн", "условно досрочн", "шартты", "шмб", "мерзімінен бұрын");
        event(HearingKind.APPEAL, "appeal", "appellate", "апелл", "upheld", "uphold", "overturn", "quash",
                "left unchanged", "жалоб", "без изменения", "в силе", "отменил приговор", "отменила приговор",
                "апелляциялық", "шағым", "өзгеріссіз");
        event(HearingKind.RELEASE, "released", "release$", "release from", "walked out", "walks out", "walk out",
                "left the colony", "колониядан", "шығады", "шықты", "full term", "вышел из", "вышла из", "по отбытии",
                "freed$", "walked free", "walk free", "walks free", "на свободу", "на свободе", "освобожд", "освобод",
                "освобожден", "босатыл", "бостандыққа", "босады", "бостандық");
        event(HearingKind.VERDICT, "sentenced", "sentencing", "sentence$", "handed down", "guilty", "виновн", "соттаға",
                "соттады", "сотталд", "сотталған", "convicted", "found guilty", "verdict", "jailed", "fined",
                "acquitted", "приговор", "осудил", "признал виновн", "признан виновн", "признала виновн", "оправда",
                "оштрафова", "үкім", "сотталды", "кесілді", "айыппұл", "кінәлі");
        event(HearingKind.TRIAL, "trial", "суд над", "баста", "начнётся", "начнется", "начался", "начнут",
                "began hearing", "begin hearing", "began to hear", "процесс", "начал рассмотрение",
                "начал рассматривать", "начала рассматривать", "приступил к рассмотрению", "судебное следствие",
                "суд начался", "начался суд", "начнётся суд", "сот процесі", "сот басталды", "басталды");
        // A sitting of a court: its kind is the stage the case is at (a trial, an appeal, a parole request).
        entry(Role.HEARING, "hearing", "heard", "will hear$", "to hear$", "session", "court date", "consider",
                "set for", "scheduled for", "назначено на", "назначен на", "назначена на", "заседани", "слушани",
                "рассмотр", "отырыс", "қаралады", "қарады", "қарау", "қарайды", "қарал", "ходатайств", "өтініш",
                "petition", "application", "motion");
        // A decision: of the kind of what it decides ("refused parole", "отказал в УДО"), or of the case's stage.
        entry(Role.DECISION, "granted", "rejected", "reject$", "refused", "denied", "ruled", "удовлетвори", "отклони",
                "отказа", "қанағаттандыр", "бас тартты");
        // Procedural events: kind other, whatever the stage.
        event(HearingKind.OTHER, "detained", "detention", "arrested", "arrest", "charged", "indicted", "searched",
                "raided", "hunger strike", "transferred", "transfer", "remand", "custody", "house arrest", "questioned",
                "summoned", "prison train", "taken out of", "taken from", "taken to", "stopped eating", "refused food",
                "refusing food", "extension", "extended", "продлил", "продлен", "продлён", "этап$", "этапом", "ауыстыр",
                "задерж", "арест", "обвинени", "обвиня", "обыск", "голодовк", "от пищи", "этапир", "перевед",
                "перевели", "перевод", "мер пресечения", "меру пресечения", "мера пресечения", "под стражу",
                "под стражей", "допрос", "ұстал", "қамауға", "қамау", "тінту", "аштық", "ауыстырыл", "айып тағылды");
        entry(Role.POSTPONED, "postpone", "adjourn", "reschedul", "pushed back", "put off", "delayed", "moved$",
                "перенес", "перенёс", "отложен", "отложил", "отложили", "кейінге", "шегерілді", "шегерді");
        entry(Role.CANCELLED, "cancel", "called off", "did not take place", "didn't take place", "снято с рассмотрения",
                "отменен", "отменён", "не состоится", "не состоялось", "тоқтатылды", "өтпейді");
        // A rally or a picket is often where an arrest happens: it yields to an event word a little further away.
        entry(Role.GATHERING, "rally", "rallies", "protest", "picket", "митинг", "пикет", "акци", "сход", "шеру");
        entry(Role.NOT_AN_EVENT, "no later than", "deadline", "accreditation", "normative", "не позднее", "аккредитац",
                "нормативн", "parliament", "parliamentary", "council", "dialogue", "парламент", "мажилис", "сенат",
                "совет", "диалог", "действует", "мәжіліс", "кеңес", "born", "birthday", "turns", "turned",
                "anniversary", "report$", "reports$", "published", "publish", "adopted", "amended", "amendment",
                "called for", "calls for", "urged", "election", "founded", "died", "married", "wrote", "letter",
                "interview", "day of", "conference", "родил", "рождени", "юбиле", "исполни", "доклад", "опубликова",
                "принят", "поправк", "закон", "выбор", "призва", "призыв", "потребова", "основа", "умер", "письмо$",
                "письма$", "письме$", "письмом$", "интервью", "конференц", "туған", "туылған", "мерейтой", "баяндама",
                "сайлау", "хат$", "жариялады", "заң$", "заңы$");
    }

    /** Words that make an otherwise undated sentence speak of what is to come. */
    private static final String[] FUTURE = {"will", "would", "is due", "are due", "set for", "scheduled", "to be held",
            "expected", "is to", "planned", "next", "назначен", "назначил", "состоится", "будет", "рассмотрит",
            "рассмотрят", "пройдет", "пройдёт", "планиру", "начнется", "начнётся", "ожида", "өтеді", "қаралады",
            "қарайды", "болады", "жоспарлан", "белгіленді"};
    private static final String[] PAST = {"was", "were", "had", "has been", "have been", "took place", "refused",
            "rejected", "upheld", "sentenced", "released", "denied", "granted", "detained", "arrested", "ruled",
            "отказал", "отклонил", "приговорил", "состоял", "оставил", "рассмотрел", "вынес", "освободил", "вышел",
            "вышла", "задержал", "был", "была", "были", "удовлетворил", "өтті", "шығарды", "болды", "қарады",
            "сотталды", "босатылды", "ұсталды"};

    private EventCues() {
    }

    private static void event(HearingKind kind, String... words) {
        for (String w : words) {
            ENTRIES.add(new Entry(w.split(" "), Role.EVENT, kind));
        }
    }

    private static void entry(Role role, String... words) {
        for (String w : words) {
            ENTRIES.add(new Entry(w.split(" "), role, HearingKind.OTHER));
        }
    }

    /** Every cue in a sentence's words (lower case), at most one per word: the first entry that fits. */
    static List<Cue> cues(List<String> words) {
        List<Cue> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (Entry e : ENTRIES) {
                if (fits(words, i, e.words())) {
                    out.add(new Cue(i, e.role(), e.kind()));
                    break;
                }
            }
        }
        return out;
    }

    /** Each part is a word's beginning; a part ending in "$" (or a short one before others) is a whole word. */
    private static boolean fits(List<String> words, int at, String[] parts) {
        if (at + parts.length > words.size()) {
            return false;
        }
        for (int k = 0; k < parts.length; k++) {
            String w = words.get(at + k);
            String part = parts[k];
            boolean whole = part.endsWith("$") || k < parts.length - 1 && part.length() <= 3;
            String stem = part.endsWith("$") ? part.substring(0, part.length() - 1) : part;
            if (whole ? !w.equals(stem) : !w.startsWith(stem)) {
                return false;
            }
        }
        return true;
    }

    /** +1 for future tense, -1 for past, 0 when the words do not say. */
    static int tense(String lower) {
        boolean future = containsAny(lower, FUTURE);
        boolean past = containsAny(lower, PAST);
        return future == past ? 0 : future ? 1 : -1;
    }

    private static boolean containsAny(String lower, String[] words) {
        for (String w : words) {
            int at = lower.indexOf(w);
            // A word's beginning: "was" is not "washington".
            if (at >= 0 && (at == 0 || !Character.isLetter(lower.charAt(at - 1)))) {
                return true;
            }
        }
        return false;
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
