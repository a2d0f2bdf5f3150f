package org.casewatch.hearings;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article's own day, against which a date without a year, "yesterday" or "on Wednesday" is read. Taken,
 * in that order of trust, from a dateline ("TARAZ, May 6 (Wire) —"), a line of the page that is only a date
 * ("06.05.2021", "Алматы, 8 апреля 2026 года"), the item's address (/2021/05/06/), and its publication date.
 * A year is never worked out by arithmetic on what the text says (a sentence's length, an age).
 */
final class DocumentClock {

    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](\\d{1,2})(?:[/-](\\d{1,2}))?(?=[/-]|$)");
    /** A dateline ends with a dash or an agency's name in brackets, close after its date. */
    private static final Pattern DATELINE_END = Pattern.compile("^[^.!?]{0,40}?(?:—|–|\\s-\\s|\\()");
    private static final int DATELINE_REACH = 70;
    private static final int DATE_LINE_LENGTH = 60;

    private final Optional<LocalDate> day;
    private final Optional<Integer> year;

    private DocumentClock(Optional<LocalDate> day, Optional<Integer> year) {
        this.day = day;
        this.year = year;
    }

    /**
     * @param paragraphs the text's paragraphs, the headline first
     */
    static DocumentClock of(List<String> paragraphs, Optional<LocalDate> published, Optional<String> url) {
        Matcher m = URL_DATE.matcher(url.orElse(""));
        boolean dated = m.find();
        Optional<Integer> urlYear = dated ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
        Optional<LocalDate> urlDay = dated && m.group(3) != null
                ? date(urlYear.get(), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))) : Optional.empty();
        Optional<LocalDate> dateLine = dateLine(paragraphs);
        Optional<Integer> hintYear = dateLine.map(LocalDate::getYear).or(() -> urlYear)
                .or(() -> published.map(LocalDate::getYear));
        Optional<LocalDate> reference = dateLine.or(() -> urlDay).or(() -> published);
        Optional<DateExpression> dateline = dateline(paragraphs);
        if (dateline.isPresent()) {
            DateExpression d = dateline.get();
            Optional<LocalDate> at = d.year().isPresent() ? date(d.year().get(), d.month(), d.day())
                    : new DocumentClock(reference, hintYear).nearest(d.month(), d.day(), 0);
            if (at.isPresent()) {
                return new DocumentClock(at, Optional.of(at.get().getYear()));
            }
        }
        return new DocumentClock(reference, hintYear);
    }

    /** The article's day, if anything tells it. */
    Optional<LocalDate> day() {
        return day;
    }

    /**
     * The date an expression names, its year from the sentence when written, else from {@code contextYear}
     * (another date of the same sentence or chain), else the one that puts it on the side of the article's
     * day that the tense says (past: on or before it, future: on or after it, unknown: nearest).
     */
    Optional<LocalDate> resolve(DateExpression d, Optional<Integer> contextYear, int tense) {
        if (d.relativeDays().isPresent()) {
            return day.map(t -> t.plusDays(d.relativeDays().get()));
        }
        if (d.weekday().isPresent()) {
            DayOfWeek w = d.weekday().get();
            return day.map(t -> tense > 0 ? t.with(TemporalAdjusters.nextOrSame(w))
                    : t.with(TemporalAdjusters.previousOrSame(w)));
        }
        if (d.year().isPresent()) {
            return date(d.year().get(), d.month(), d.day());
        }
        if (contextYear.isPresent()) {
            return date(contextYear.get(), d.month(), d.day());
        }
        return nearest(d.month(), d.day(), tense);
    }

    private Optional<LocalDate> nearest(int month, int dayOfMonth, int tense) {
        if (day.isEmpty()) {
            return year.flatMap(y -> date(y, month, dayOfMonth));
        }
        LocalDate t = day.get();
        List<LocalDate> candidates = new ArrayList<>();
        for (int y = t.getYear() - 1; y <= t.getYear() + 1; y++) {
            date(y, month, dayOfMonth).ifPresent(candidates::add);
        }
        if (tense > 0) {
            return candidates.stream().filter(c -> !c.isBefore(t.minusDays(1))).findFirst();
        }
        if (tense < 0) {
            return candidates.stream().filter(c -> !c.isAfter(t.plusDays(1))).reduce((a, b) -> b);
        }
        return candidates.stream().min((a, b) -> Long.compare(Math.abs(a.toEpochDay() - t.toEpochDay()),
                Math.abs(b.toEpochDay() - t.toEpochDay())));
    }

    /** The date at the head of the first paragraph after the headline: "TARAZ, Kazakhstan, March 4 (Wire) —". */
    private static Optional<DateExpression> dateline(List<String> paragraphs) {
        for (int p = 1; p < Math.min(3, paragraphs.size()); p++) {
            String text = paragraphs.get(p);
            String head = text.substring(0, Math.min(text.length(), DATELINE_REACH + 40));
            List<DateExpression> dates = DateFinder.find(head);
            if (!dates.isEmpty() && dates.get(0).calendar() && dates.get(0).start() <= DATELINE_REACH
                    && text.substring(0, dates.get(0).start()).contains(",")
                    && DATELINE_END.matcher(text.substring(dates.get(0).end())).find()) {
                return Optional.of(dates.get(0));
            }
        }
        return Optional.empty();
    }

    /** A short line that holds a full date and little else: a page's date line or a statement's signature. */
    private static Optional<LocalDate> dateLine(List<String> paragraphs) {
        for (int p = 1; p < paragraphs.size(); p++) {
            String text = paragraphs.get(p).strip();
            if (text.length() > DATE_LINE_LENGTH) {
                continue;
            }
            for (DateExpression d : DateFinder.find(text)) {
                String rest = text.substring(0, d.start()) + " " + text.substring(d.end());
                if (d.calendar() && d.year().isPresent() && rest.strip().split("\\s+").length <= 3) {
                    return date(d.year().get(), d.month(), d.day());
                }
            }
        }
        return Optional.empty();
    }

    static Optional<LocalDate> date(int year, int month, int dayOfMonth) {
        try {
            return Optional.of(LocalDate.of(year, month, dayOfMonth));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
