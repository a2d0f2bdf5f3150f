package org.casewatch.match;

import org.casewatch.model.FoundHearing;
import org.casewatch.model.HearingKind;
import org.casewatch.model.HearingStatus;
import org.casewatch.model.Mention;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds hearing dates stated for watched persons: in a sentence that names the person (or the next one,
 * when it begins with "he", "she", "его"...), a date close to a hearing word (hearing, appeal, parole,
 * заседание, УДО, апелляция, сот отырысы...) and not closer to a birth, arrest or letter. A year left out
 * is inferred from the publication date and the tense; a date after "postponed to", "перенесено на",
 * "отложено до" is a postponement. Pure: text in, hearings out.
 */
public final class HearingExtractor {

    /** A date further than this many words from every hearing word is not a hearing date. */
    private static final int MAX_DISTANCE = 12;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}-]*");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "his", "her", "он", "она", "его", "её", "ее",
            "ему", "ей", "ол", "оның", "оған");
    private static final Set<String> FROM = Set.of("from", "с", "со", "бастап");

    /**
     * @param mentions  the watched persons the matcher found in {@code text}
     * @param published the day of publication, in the organisation's time zone, if known
     */
    public List<FoundHearing> find(String text, List<Mention> mentions, Optional<LocalDate> published) {
        List<FoundHearing> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String carried = null;
        for (Sentences.Span span : Sentences.of(text)) {
            List<Mention> inside = mentions.stream().filter(m -> m.start() >= span.start() && m.end() <= span.end())
                    .toList();
            String sentence = text.substring(span.start(), span.end());
            List<Word> words = words(sentence);
            String subject = null;
            if (!inside.isEmpty()) {
                long people = inside.stream().map(Mention::personId).distinct().count();
                carried = people == 1 ? inside.get(0).personId() : null;
            } else if (carried != null && !words.isEmpty() && PRONOUNS.contains(words.get(0).text())) {
                subject = carried;
            } else {
                carried = null;
                continue;
            }
            for (FoundHearing h : inSentence(sentence, span.start(), words, inside, subject, published)) {
                String key = h.personId() + "|" + h.date().map(LocalDate::toString).orElse(h.monthDay().toString());
                if (seen.add(key)) {
                    out.add(h);
                }
            }
        }
        return out;
    }

    private record Word(String text, int start) {
    }

    private static List<Word> words(String sentence) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(HearingCues.lower(sentence));
        while (m.find()) {
            out.add(new Word(m.group(), m.start()));
        }
        return out;
    }

    private List<FoundHearing> inSentence(String sentence, int offset, List<Word> words, List<Mention> mentions,
                                          String subject, Optional<LocalDate> published) {
        List<DateExpression> dates = DateFinder.find(sentence);
        if (dates.isEmpty()) {
            return List.of();
        }
        List<String> texts = words.stream().map(Word::text).toList();
        List<HearingCues.Cue> cues = HearingCues.cues(texts);
        if (cues.isEmpty()) {
            return List.of();
        }
        String lower = HearingCues.lower(sentence);
        HearingKind kind = HearingCues.kind(cues);
        boolean postponed = HearingCues.mentionsPostponement(lower);
        boolean cancelled = HearingCues.mentionsCancellation(lower);
        int tense = HearingCues.tense(lower);
        List<FoundHearing> out = new ArrayList<>();
        Optional<LocalDate> previous = Optional.empty();
        for (DateExpression d : dates) {
            int at = wordAt(words, d.start());
            int cueDistance = cues.stream().mapToInt(c -> Math.abs(c.word() - at)).min().orElse(Integer.MAX_VALUE);
            if (cueDistance > MAX_DISTANCE || notHearingCloser(texts, at, cueDistance)) {
                continue;
            }
            Optional<LocalDate> date = resolve(d, published, postponed ? 1 : tense);
            if (postponed && at > 0 && FROM.contains(texts.get(at - 1))) {
                previous = date;
                continue;
            }
            if (date.isEmpty() && (d.relativeDays().isPresent() || !validMonthDay(d))) {
                continue;
            }
            String person = subject != null ? subject : nearest(mentions, offset + d.start());
            HearingStatus status = cancelled ? HearingStatus.CANCELLED : postponed ? HearingStatus.POSTPONED
                    : status(date, published, tense);
            MonthDay monthDay = date.map(MonthDay::from).orElseGet(() -> MonthDay.of(d.month(), d.day()));
            out.add(new FoundHearing(person, date, monthDay, d.time(), kind, status, sentence.strip(), previous));
        }
        return out;
    }

    private static boolean validMonthDay(DateExpression d) {
        try {
            MonthDay.of(d.month(), d.day());
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static int wordAt(List<Word> words, int charIndex) {
        int index = 0;
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).start() <= charIndex) {
                index = i;
            }
        }
        return index;
    }

    /** A birth, an arrest or a letter named closer to the date than any hearing word. */
    private static boolean notHearingCloser(List<String> words, int at, int cueDistance) {
        for (int i = Math.max(0, at - cueDistance); i <= Math.min(words.size() - 1, at + cueDistance); i++) {
            String two = i + 1 < words.size() ? words.get(i) + " " + words.get(i + 1) : words.get(i);
            if (Math.abs(i - at) < cueDistance && HearingCues.isNotHearing(words.get(i), two)) {
                return true;
            }
        }
        return false;
    }

    /** The watched person named nearest before the date, or else nearest after it. */
    private static String nearest(List<Mention> mentions, int position) {
        Mention before = null;
        Mention after = null;
        for (Mention m : mentions) {
            if (m.start() <= position) {
                if (before == null || m.start() > before.start()) {
                    before = m;
                }
            } else if (after == null || m.start() < after.start()) {
                after = m;
            }
        }
        return (before != null ? before : after).personId();
    }

    /** The date, with its year inferred from the publication date and the tense when the text omits it. */
    static Optional<LocalDate> resolve(DateExpression d, Optional<LocalDate> published, int tense) {
        if (d.relativeDays().isPresent()) {
            return published.map(p -> p.plusDays(d.relativeDays().get()));
        }
        try {
            if (d.year().isPresent()) {
                return Optional.of(LocalDate.of(d.year().get(), d.month(), d.day()));
            }
            if (published.isEmpty()) {
                return Optional.empty();
            }
            LocalDate pub = published.get();
            List<LocalDate> candidates = new ArrayList<>();
            for (int year = pub.getYear() - 1; year <= pub.getYear() + 1; year++) {
                try {
                    candidates.add(LocalDate.of(year, d.month(), d.day()));
                } catch (DateTimeException notInThatYear) {
                    // 29 February
                }
            }
            if (tense > 0) {
                return candidates.stream().filter(c -> !c.isBefore(pub.minusDays(1))).findFirst();
            }
            if (tense < 0) {
                return candidates.stream().filter(c -> !c.isAfter(pub.plusDays(1))).reduce((a, b) -> b);
            }
            return candidates.stream().min((a, b) -> Long.compare(Math.abs(a.toEpochDay() - pub.toEpochDay()),
                    Math.abs(b.toEpochDay() - pub.toEpochDay())));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static HearingStatus status(Optional<LocalDate> date, Optional<LocalDate> published, int tense) {
        if (date.isPresent() && published.isPresent()) {
            int order = date.get().compareTo(published.get());
            if (order < 0) {
                return tense > 0 ? HearingStatus.SCHEDULED : HearingStatus.HELD;
            }
            if (order > 0) {
                return HearingStatus.SCHEDULED;
            }
        }
        return tense < 0 ? HearingStatus.HELD : HearingStatus.SCHEDULED;
    }
}
