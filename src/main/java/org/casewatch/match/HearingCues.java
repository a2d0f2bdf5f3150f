package org.casewatch.match;

import org.casewatch.model.HearingKind;

import java.util.List;
import java.util.Locale;

/**
 * The words that make a date a hearing date, in English, Russian and Kazakh (word beginnings, lower case),
 * and the words that make it something else: a birthday, an arrest, a letter.
 */
final class HearingCues {

    /** A cue word found at a word index of a sentence. */
    record Cue(int word, HearingKind kind) {
    }

    private static final List<Object[]> KINDS = List.of(
            new Object[]{HearingKind.PAROLE, new String[]{"parole", "удо", "условно-досрочн", "шартты"}},
            new Object[]{HearingKind.CASSATION, new String[]{"cassation", "кассац"}},
            new Object[]{HearingKind.APPEAL, new String[]{"appeal", "апелляц", "апелляция"}},
            new Object[]{HearingKind.VERDICT, new String[]{"verdict", "sentenced", "sentencing", "приговор",
                    "үкім"}},
            new Object[]{HearingKind.RELEASE, new String[]{"release", "freed", "освобод", "освобожд", "на свобод", "босат"}},
            new Object[]{HearingKind.TRIAL, new String[]{"trial", "процесс", "судебное разбирательство", "суд над"}},
            new Object[]{HearingKind.OTHER, new String[]{"hearing", "court session", "заседани", "слушани",
                    "рассмотр", "отырыс", "heard", "will hear", "consider"}});
    private static final String[] POSTPONED = {"postpone", "adjourn", "reschedul", "moved", "перенес", "перенёс",
            "отложен", "отложил", "кейінге", "ауыстыр"};
    private static final String[] CANCELLED = {"cancel", "called off", "отменен", "отменён", "отменил", "тоқтат"};
    private static final String[] FUTURE = {"will", "scheduled", "is due", "are due", "set for", "to be held",
            "expected", "назначен", "состоится", "будет", "рассмотрит", "пройдет", "пройдёт", "планиру", "өтеді",
            "қаралады", "shall", "is to", "перенес", "отложен", "postpone", "adjourn", "reschedul", "начнется",
            "начнётся", "начнут"};
    private static final String[] PAST = {"was ", "were ", "refused", "rejected", "upheld", "sentenced", "took place",
            "released", "отказал", "отклонил", "приговорил", "состоял", "оставил", "рассмотрел", "вынес",
            "освободил", "вышел", "вышла", "өтті", "шығарды", "denied", "granted", "удовлетворил"};
    private static final String[] NOT_HEARING = {"born", "родил", "рождения", "туған", "detained", "arrested",
            "задержан", "арестован", "ұсталд", "letter", "письм", "хат", "published", "опубликова", "founded",
            "died", "умер", "married", "wrote", "написал"};

    private HearingCues() {
    }

    /** The most specific kind named anywhere in the sentence, and where its cue words are. */
    static List<Cue> cues(List<String> words) {
        List<Cue> out = new java.util.ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String two = i + 1 < words.size() ? words.get(i) + " " + words.get(i + 1) : words.get(i);
            for (Object[] kind : KINDS) {
                if (startsWithAny(words.get(i), two, (String[]) kind[1])) {
                    out.add(new Cue(i, (HearingKind) kind[0]));
                    break;
                }
            }
            if (startsWithAny(words.get(i), two, POSTPONED) || startsWithAny(words.get(i), two, CANCELLED)) {
                out.add(new Cue(i, HearingKind.OTHER));
            }
        }
        return out;
    }

    /** The sentence's kind: the most specific kind among its cues (parole before appeal before a hearing). */
    static HearingKind kind(List<Cue> cues) {
        return cues.stream().map(Cue::kind).min(Enum::compareTo).orElse(HearingKind.OTHER);
    }

    static boolean isNotHearing(String word, String two) {
        return startsWithAny(word, two, NOT_HEARING);
    }

    static boolean mentionsPostponement(String lower) {
        return containsAny(lower, POSTPONED);
    }

    static boolean mentionsCancellation(String lower) {
        return containsAny(lower, CANCELLED);
    }

    /** +1 for future tense, -1 for past, 0 when the sentence does not say. */
    static int tense(String lower) {
        boolean future = containsAny(lower, FUTURE);
        boolean past = containsAny(lower, PAST);
        return future == past ? 0 : future ? 1 : -1;
    }


    private static boolean containsAny(String lower, String[] words) {
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAny(String word, String two, String[] cues) {
        for (String cue : cues) {
            if (cue.indexOf(' ') >= 0 ? two.startsWith(cue) : word.startsWith(cue)) {
                return true;
            }
        }
        return false;
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
