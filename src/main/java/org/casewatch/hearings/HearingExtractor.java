package org.casewatch.hearings;

import org.casewatch.model.FoundHearing;
import org.casewatch.model.HearingKind;
import org.casewatch.model.HearingStatus;
import org.casewatch.model.Mention;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the dated judicial and penal events of watched persons in a whole text, as reporting writes them: a
 * date belongs to the event word nearest to it in its sentence (a hearing, a decision such as "sentenced",
 * "upheld", "denied parole", "приговорил", "үкім шығарды", or a procedural event such as an arrest or a transfer),
 * unless a birthday, a rally or a statement is nearer; the event belongs to the persons the sentence names or
 * refers back to (see {@link Attribution}); its year comes from the sentence, the chain of postponements, or
 * the article's own day (see {@link DocumentClock}). In a chain ("set for 3 June, moved to 8 June, now to 21
 * June") every later date is a postponement of the one before, and the last one is current.
 */
public final class HearingExtractor {

    /** A cue further than this many words from a date says nothing about it. */
    private static final int REACH = 18;
    /** A speaker's verb says a date is the day of speaking only this near it: "said on Tuesday". */
    private static final int SPOKEN_REACH = 3;
    /** A time that is not a date ("last spring") takes only the verbs this near it. */
    private static final int VAGUE_REACH = 5;
    /** An event word must be nearer than a non-event word by less than this to win the date. */
    private static final int EVENT_BONUS = 3;
    private static final Set<String> FROM = Set.of("from", "с", "со", "бастап");
    /** Times that are not dates: they take their own verbs away from the dates near them. */
    private static final Pattern VAGUE = Pattern.compile("(?iu)\\b(?:last|next|this)"
            + " (?:spring|summer|autumn|fall|winter|year|month|week)\\b|\\bin (?:the )?(?:spring|summer|autumn|"
            + "winter|(?:19|20)\\d\\d)\\b|\\bв (?:19|20)\\d\\d (?:году|г\\.)|\\bв прошлом (?:году|месяце)"
            + "|\\b(?:прошлой|этой) (?:весной|осенью|зимой)|\\b(?:прошлым|этим) летом|\\bв (?:апреле|мае|марте|"
            + "январе|феврале|июне|июле|августе|сентябре|октябре|ноябре|декабре)\\b|\\bin (?:january|february|"
            + "march|april|june|july|august|september|october|november|december)\\b");
    private static final Pattern HEADING_YEAR = Pattern.compile(
            "[^\\p{L}\\p{N}]*(?:in |в |)((?:19|20)\\d{2})(?: год| жыл)?[^\\p{L}\\p{N}]*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern KAZAKH = Pattern.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]");
    private static final Pattern COURT = Pattern.compile(
            "court|hearing|judge|(?<!\\p{L})суд|заседани|(?<!\\p{L})сот");
    /** The same as {@link #find(String, List, Optional, Optional)} for a text without an address. */
    public List<FoundHearing> find(String text, List<Mention> mentions, Optional<LocalDate> published) {
        return find(text, mentions, published, Optional.empty());
    }

    /**
     * @param text      the headline, a blank line, and the article's text
     * @param mentions  the watched persons the matcher found in {@code text}
     * @param published the day of publication, in the organisation's time zone, if known
     * @param url       the item's address, whose path may carry its date
     */
    public List<FoundHearing> find(String text, List<Mention> mentions, Optional<LocalDate> published,
                                   Optional<String> url) {
        List<String> paragraphs = text.lines().filter(l -> !l.isBlank()).toList();
        DocumentClock clock = DocumentClock.of(paragraphs, published, url);
        int leadEnd = text.indexOf(paragraphs.size() > 1 ? paragraphs.get(1) : text) + (paragraphs.size() > 1
                ? paragraphs.get(1).length() : text.length());
        Attribution who = new Attribution(text, mentions, leadEnd);
        Map<String, FoundHearing> out = new LinkedHashMap<>();
        CaseStage stage = new CaseStage();
        Optional<Integer> headingYear = Optional.empty();
        List<Sentences.Span> spans = Sentences.of(text);
        for (Sentences.Span span : spans) {
            String sentence = text.substring(span.start(), span.end());
            int paragraph = paragraphOf(text, span.start());
            Matcher year = HEADING_YEAR.matcher(sentence);
            if (year.matches()) {
                // A timeline's heading ("2023", "In 2024:") gives its year to the entries below it.
                headingYear = Optional.of(Integer.parseInt(year.group(1)));
            }
            Words words = Words.of(sentence);
            if (!mentions.isEmpty()) {
                for (FoundHearing h : inSentence(sentence, span, paragraph, words, who, clock, stage, headingYear)) {
                    add(out, h);
                }
            }
            stage.read(EventCues.cues(words.lower()));
            who.read(span, paragraph, words);
        }
        return List.copyOf(out.values());
    }

    private static int paragraphOf(String text, int offset) {
        int paragraph = 0;
        boolean inText = false;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (inText) {
                    paragraph++;
                }
                inText = false;
            } else if (!Character.isWhitespace(c)) {
                inText = true;
            }
        }
        return paragraph;
    }

    private record Dated(DateExpression date, int word) {
    }

    private List<FoundHearing> inSentence(String sentence, Sentences.Span span, int paragraph, Words words,
                                          Attribution who, DocumentClock clock, CaseStage stage,
                                          Optional<Integer> headingYear) {
        List<DateExpression> expressions = DateFinder.find(sentence);
        if (expressions.isEmpty()) {
            return List.of();
        }
        List<Dated> dates = expressions.stream().map(d -> new Dated(d, words.at(d.start()))).toList();
        // "the editor sentenced to seven years last spring, on 3 December": "last spring" keeps its own verb.
        List<Dated> withVague = new ArrayList<>(dates);
        Matcher vague = VAGUE.matcher(sentence);
        while (vague.find()) {
            withVague.add(new Dated(null, words.at(vague.start())));
        }
        List<EventCues.Cue> cues = EventCues.cues(words.lower());
        List<Integer> clauses = Clauses.of(sentence, words);
        List<List<EventCues.Cue>> byDate = new ArrayList<>(assign(withVague, cues, clauses,
                KAZAKH.matcher(sentence).find()).subList(0, dates.size()));
        Set<Integer> rangeEnds = new HashSet<>();
        for (int i = dates.size() - 2; i >= 0; i--) {
            // "15–17 April": the first day of a range is the same event as its last. A strike or a detention over
            // days began on the first; the sittings of a trial are on each.
            if (rangeStart(sentence, dates.get(i).date(), dates.get(i + 1).date())) {
                byDate.set(i, byDate.get(i + 1));
                if (byDate.get(i).stream().noneMatch(c -> c.role() == EventCues.Role.HEARING
                        || c.role() == EventCues.Role.EVENT && c.kind() != HearingKind.OTHER)) {
                    rangeEnds.add(i + 1);
                }
            }
        }
        boolean court = COURT.matcher(EventCues.lower(sentence)).find();
        String lower = EventCues.lower(sentence);
        int tense = EventCues.tense(lower);
        Optional<Integer> sentenceYear = expressions.stream().filter(d -> d.year().isPresent()).map(d -> d.year().get())
                .findFirst().or(() -> headingYear);
        // "moved" moves a hearing from a date or to a date; alone it moves a prisoner to another colony.
        boolean fromDate = dates.stream().anyMatch(d -> d.word() > 0 && FROM.contains(words.lower().get(d.word() - 1)));
        Set<EventCues.Cue> looseMoves = cues.stream().filter(c -> c.role() == EventCues.Role.POSTPONED
                        && words.lower().get(c.word()).equals("moved") && !fromDate
                        && dates.stream().noneMatch(d -> d.word() > c.word() && d.word() <= c.word() + 3))
                .collect(Collectors.toSet());
        int postponedAt = cues.stream().filter(c -> c.role() == EventCues.Role.POSTPONED && !looseMoves.contains(c))
                .mapToInt(EventCues.Cue::word).min().orElse(Integer.MAX_VALUE);
        List<FoundHearing> out = new ArrayList<>();
        Optional<LocalDate> previous = Optional.empty();
        for (int i = 0; i < dates.size(); i++) {
            Dated d = dates.get(i);
            List<EventCues.Cue> own = byDate.get(i);
            if (rangeEnds.contains(i)) {
                continue;
            }
            boolean movedTo = d.word() > postponedAt;
            if (movedTo && !isEvent(d, own, court, looseMoves)) {
                // "...from 25 November to 3 December", "...а теперь — на 21 июня": the chain's event moves on.
                own = cues;
            }
            if (!isEvent(d, own, court, looseMoves) && !movedTo) {
                continue;
            }
            boolean from = postponedAt != Integer.MAX_VALUE && d.word() > 0
                    && FROM.contains(words.lower().get(d.word() - 1));
            Optional<LocalDate> date = clock.resolve(d.date(), previous.map(LocalDate::getYear).or(() -> sentenceYear),
                    movedTo ? 1 : tense);
            if (movedTo && d.date().year().isEmpty() && date.isPresent() && previous.isPresent()
                    && date.get().isBefore(previous.get())) {
                // A hearing moves forward: "from 25 November to 20 January" crosses into the next year.
                date = Optional.of(date.get().plusYears(1));
            }
            if (date.isEmpty() && !d.date().calendar()) {
                continue;
            }
            boolean movedFrom = !movedTo && postponedAt != Integer.MAX_VALUE
                    && laterEventFollows(dates, byDate, i, court, looseMoves);
            if (from || movedFrom) {
                previous = date;
                continue;
            }
            Set<String> persons = who.persons(span, paragraph, words, d.word(), i > 0 ? dates.get(i - 1).word() : -1);
            if (persons.isEmpty()) {
                continue;
            }
            HearingKind kind = EventKinds.of(d.word(), own, stage.at(cues, d.word()));
            HearingStatus status = own.stream().anyMatch(c -> c.role() == EventCues.Role.CANCELLED)
                    ? HearingStatus.CANCELLED : movedTo ? HearingStatus.POSTPONED
                    : postponedAt != Integer.MAX_VALUE ? HearingStatus.CANCELLED
                    : status(date, clock.day(), tense);
            MonthDay monthDay = date.map(MonthDay::from).orElseGet(() -> MonthDay.of(d.date().month(), d.date().day()));
            for (String person : persons) {
                out.add(new FoundHearing(person, date, monthDay, d.date().time(), kind, status, sentence.strip(),
                        movedTo ? previous : Optional.empty()));
            }
            previous = date;
        }
        return out;
    }

    /**
     * Gives each cue to the date nearest to it, within reach, in its own clause: a cancelled hearing's clause
     * does not lend its words to the verdict's date, nor a story's first clause to its dateline.
     */
    private static List<List<EventCues.Cue>> assign(List<Dated> dates, List<EventCues.Cue> cues, List<Integer> clauses,
                                                    boolean verbLast) {
        List<List<EventCues.Cue>> byDate = new ArrayList<>();
        dates.forEach(d -> byDate.add(new ArrayList<>()));
        for (EventCues.Cue cue : cues) {
            int best = -1;
            for (int i = 0; i < dates.size(); i++) {
                int distance = distance(dates.get(i), cue);
                boolean reachable = distance <= (dates.get(i).date() == null ? VAGUE_REACH : REACH)
                        && clauses.get(dates.get(i).word()).equals(clauses.get(cue.word()));
                // Kazakh puts the verb last: "30 қарашада ұсталып, 22 сәуірде ... айырды" ends each event.
                boolean before = verbLast && dates.get(i).word() < cue.word();
                boolean bestBefore = best >= 0 && verbLast && dates.get(best).word() < cue.word();
                if (reachable && (best < 0 || before && !bestBefore
                        || before == bestBefore && distance < distance(dates.get(best), cue))) {
                    best = i;
                }
            }
            if (best >= 0) {
                byDate.get(best).add(cue);
            }
        }
        return byDate;
    }

    private static boolean rangeStart(String sentence, DateExpression first, DateExpression next) {
        return first.calendar() && next.calendar() && first.month() == next.month() && first.day() < next.day()
                && sentence.substring(first.start(), first.end()).chars().allMatch(Character::isDigit)
                && next.start() - first.end() <= 5;
    }

    private static int distance(Dated d, EventCues.Cue cue) {
        return Math.abs(d.word() - cue.word());
    }

    /**
     * An event word is at least as near to the date as any birthday, law, letter or speaker ("said on Tuesday that the
     * verdict..."); a rally yields to an event word up to {@link #EVENT_BONUS} words further ("detained at a
     * rally on 5 May"). "It will take place" is an event only where a court is named.
     */
    private static boolean isEvent(Dated d, List<EventCues.Cue> own, boolean court, Set<EventCues.Cue> moved) {
        long event = Integer.MAX_VALUE;
        long other = Integer.MAX_VALUE;
        // "соты ... митингісіне қатысқан үш белсендінің ісі бойынша үкім шығарды": a verdict is not a rally's.
        boolean decision = own.stream()
                .anyMatch(c -> c.role() == EventCues.Role.EVENT && c.kind() != HearingKind.OTHER);
        for (EventCues.Cue c : own) {
            int distance = distance(d, c);
            switch (c.role()) {
                case GATHERING -> other = decision ? other : Math.min(other, distance + (long) EVENT_BONUS);
                case NOT_AN_EVENT -> other = Math.min(other, distance);
                case SPOKEN -> other = distance <= SPOKEN_REACH ? Math.min(other, distance) : other;
                case GENERIC -> event = court ? Math.min(event, distance) : event;
                // "was moved to March": "moved" is a postponement only from or to a date (see postponedAt).
                case POSTPONED -> event = moved.contains(c) ? event : Math.min(event, distance);
                default -> event = Math.min(event, distance);
            }
        }
        return event != Integer.MAX_VALUE && event <= other;
    }

    /** Whether an event date comes after date {@code i} in the sentence: then {@code i} is the date it moved from. */
    private static boolean laterEventFollows(List<Dated> dates, List<List<EventCues.Cue>> byDate, int i, boolean court,
                                             Set<EventCues.Cue> moved) {
        for (int k = i + 1; k < dates.size(); k++) {
            if (isEvent(dates.get(k), byDate.get(k), court, moved)) {
                return true;
            }
        }
        return false;
    }

    private static HearingStatus status(Optional<LocalDate> date, Optional<LocalDate> today, int tense) {
        if (date.isPresent() && today.isPresent()) {
            int order = date.get().compareTo(today.get());
            if (order != 0) {
                return order < 0 ? HearingStatus.HELD : HearingStatus.SCHEDULED;
            }
        }
        return tense < 0 ? HearingStatus.HELD : HearingStatus.SCHEDULED;
    }

    /** One hearing per person and day: the most decisive kind, and a change of plan over a plain report. */
    private static void add(Map<String, FoundHearing> out, FoundHearing h) {
        String key = h.personId() + "|" + h.date().map(LocalDate::toString).orElse(h.monthDay().toString());
        FoundHearing before = out.get(key);
        if (before == null) {
            out.put(key, h);
            return;
        }
        HearingKind kind = EventKinds.moreDecisive(h.kind(), before.kind());
        FoundHearing base = before.status() == HearingStatus.SCHEDULED || before.status() == HearingStatus.HELD
                ? h.status() == HearingStatus.SCHEDULED || h.status() == HearingStatus.HELD ? before : h : before;
        out.put(key, new FoundHearing(base.personId(), base.date(), base.monthDay(), base.time().or(before::time), kind,
                base.status(), base.sentence(), base.previousDate().or(before::previousDate)));
    }
}
