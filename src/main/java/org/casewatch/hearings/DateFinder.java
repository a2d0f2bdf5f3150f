package org.casewatch.hearings;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in English, Russian and Kazakh: "3 March 2026", "March 3, 2026", "7 November, 2019",
 * "3 марта 2026 года", "2026 жылғы 3 наурызда", "03.03.2020", "2026-03-03", a weekday alone ("on Wednesday",
 * "в четверг"), and "today", "tomorrow", "yesterday"; with the time of day written nearest ("at 10:00",
 * "в 15.30", "at 3 pm").
 */
final class DateFinder {

    private static final String[][] MONTHS = {
            {"january", "jan", "января", "январь", "қаңтар"}, {"february", "feb", "февраля", "февраль", "ақпан"},
            {"march", "mar", "марта", "март", "наурыз"}, {"april", "apr", "апреля", "апрель", "сәуір"},
            {"may", "мая", "май", "мамыр"}, {"june", "jun", "июня", "июнь", "маусым"},
            {"july", "jul", "июля", "июль", "шілде"}, {"august", "aug", "августа", "август", "тамыз"},
            {"september", "sept", "sep", "сентября", "сентябрь", "қыркүйек"},
            {"october", "oct", "октября", "октябрь", "қазан"}, {"november", "nov", "ноября", "ноябрь", "қараша"},
            {"december", "dec", "декабря", "декабрь", "желтоқсан"}};
    /** Weekdays from Monday, in every form a date is written with: "on Wednesday", "в среду", "сәрсенбі күні". */
    private static final String[][] WEEKDAYS = {
            {"monday", "понедельник", "дүйсенбі"}, {"tuesday", "вторник", "сейсенбі"},
            {"wednesday", "среду", "среда", "сәрсенбі"}, {"thursday", "четверг", "бейсенбі"},
            {"friday", "пятницу", "пятница", "жұма"}, {"saturday", "субботу", "суббота", "сенбі"},
            {"sunday", "воскресенье", "жексенбі"}};
    private static final String MONTH = alternatives(MONTHS) + "[\\p{L}]{0,4}\\.?";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String YEAR = "(?:,?\\s+(\\d{4})(?:\\s*(?:года|год|г\\.|г\\b|жылы|жылғы))?)?";
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\d.])(\\d{1,2})(?:st|nd|rd|th|-го|-е|-і|-ы)?\\s+"
            + MONTH + YEAR, FLAGS);
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\p{L}])" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?"
            + "(?![\\d:.]\\d)" + YEAR, FLAGS);
    private static final Pattern ORDINAL_OF = Pattern.compile("(?<![\\d.])(\\d{1,2})(?:st|nd|rd|th)\\s+of\\s+" + MONTH
            + YEAR, FLAGS);
    /** Kazakh month in the genitive, then the day: "мамырдың 12-сі". */
    private static final Pattern MONTH_GENITIVE = Pattern.compile("(?<![\\p{L}])" + MONTH + "\\s+(\\d{1,2})-", FLAGS);
    /** "15–17 April", "from 2 to 5 June", "с 1 по 3 марта": the first day takes the month of the last. */
    private static final Pattern RANGE = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})\\s*(?:[–—-]|to|по|до)\\s*(?=\\d{1,2}\\s+"
            + MONTH + ")", FLAGS);
    private static final Pattern KAZAKH = Pattern.compile("(\\d{4})\\s*жыл\\p{L}*\\s+(\\d{1,2})\\s+" + MONTH, FLAGS);
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d./])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})(?![\\d])");
    private static final Pattern ISO = Pattern.compile("(?<![\\d/])(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern RELATIVE = Pattern.compile("(?<![\\p{L}])(today|tomorrow|yesterday|сегодня|завтра|"
            + "вчера|бүгін|ертең|кеше)(?![\\p{L}])", FLAGS);
    private static final Pattern WEEKDAY = Pattern.compile("(?<![\\p{L}])" + alternatives(WEEKDAYS) + "(?![\\p{L}])",
            FLAGS);
    private static final Pattern TIME = Pattern.compile("(?<![\\d.:])([01]?\\d|2[0-3])[:.]([0-5]\\d)(?!\\d|\\.\\d)"
            + "|(?<!\\d)(1[0-2]|[1-9])\\s*(a\\.?m\\.?|p\\.?m\\.?)(?![\\p{L}])", FLAGS);
    /** A time belongs to the date written closest to it, no further than this many characters away. */
    private static final int TIME_REACH = 60;

    private DateFinder() {
    }

    static List<DateExpression> find(String sentence) {
        List<DateExpression> out = new ArrayList<>();
        Matcher m = KAZAKH.matcher(sentence);
        while (m.find()) {
            add(out, m.start(), m.end(), Integer.parseInt(m.group(1)), month(m.group(3)), day(m.group(2)));
        }
        m = ORDINAL_OF.matcher(sentence);
        while (m.find()) {
            add(out, m.start(), m.end(), year(m.group(3)), month(m.group(2)), day(m.group(1)));
        }
        m = DAY_MONTH.matcher(sentence);
        while (m.find()) {
            add(out, m.start(), m.end(), year(m.group(3)), month(m.group(2)), day(m.group(1)));
        }
        m = MONTH_DAY.matcher(sentence);
        while (m.find()) {
            add(out, m.start(), m.end(), year(m.group(3)), month(m.group(1)), day(m.group(2)));
        }
        m = MONTH_GENITIVE.matcher(sentence);
        while (m.find()) {
            if (m.group(1).toLowerCase(Locale.ROOT).matches(".*(ның|нің|дың|дің|тың|тің)")) {
                add(out, m.start(), m.end(), null, month(m.group(1)), day(m.group(2)));
            }
        }
        m = RANGE.matcher(sentence);
        while (m.find()) {
            int end = m.end();
            DateExpression last = out.stream().filter(d -> d.start() >= end && d.start() <= end + 1)
                    .findFirst().orElse(null);
            if (last != null) {
                add(out, m.start(), m.start() + m.group(1).length(), last.year().orElse(null), last.month(),
                        day(m.group(1)));
            }
        }
        m = NUMERIC.matcher(sentence);
        while (m.find()) {
            int year = Integer.parseInt(m.group(3));
            add(out, m.start(), m.end(), year < 100 ? 2000 + year : year, Integer.parseInt(m.group(2)),
                    day(m.group(1)));
        }
        m = ISO.matcher(sentence);
        while (m.find()) {
            add(out, m.start(), m.end(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), day(m.group(3)));
        }
        m = RELATIVE.matcher(sentence);
        while (m.find()) {
            int days = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "tomorrow", "завтра", "ертең" -> 1;
                case "yesterday", "вчера", "кеше" -> -1;
                default -> 0;
            };
            // "вчера, 11 ноября": the word only names the date that follows it.
            if (!overlaps(out, m.start(), m.end()) && !dateFollows(out, sentence, m.end())) {
                out.add(new DateExpression(m.start(), m.end(), Optional.empty(), 0, 0, Optional.empty(),
                        Optional.of(days), Optional.empty()));
            }
        }
        m = WEEKDAY.matcher(sentence);
        while (m.find()) {
            // "on Thursday, 3 December": the weekday only names the date that follows it.
            if (!overlaps(out, m.start(), m.end()) && !dateFollows(out, sentence, m.end())) {
                out.add(new DateExpression(m.start(), m.end(), Optional.empty(), 0, 0, Optional.empty(),
                        Optional.empty(), Optional.of(weekday(m.group(1)))));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out.stream().map(d -> withTime(d, sentence)).toList();
    }

    private static String alternatives(String[][] table) {
        List<String> names = new ArrayList<>();
        for (String[] row : table) {
            names.addAll(List.of(row));
        }
        names.sort((a, b) -> b.length() - a.length());
        return "(" + String.join("|", names) + ")";
    }

    private static void add(List<DateExpression> out, int start, int end, Integer year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31 || overlaps(out, start, end)
                || year != null && (year < 1990 || year > 2100)) {
            return;
        }
        out.add(new DateExpression(start, end, Optional.ofNullable(year), month, day, Optional.empty(),
                Optional.empty(), Optional.empty()));
    }

    private static boolean overlaps(List<DateExpression> found, int start, int end) {
        return found.stream().anyMatch(d -> d.start() < end && start < d.end());
    }

    private static boolean dateFollows(List<DateExpression> found, String sentence, int end) {
        int next = end;
        while (next < sentence.length()
                && (sentence.charAt(next) == ',' || Character.isWhitespace(sentence.charAt(next)))) {
            next++;
        }
        int at = next;
        return found.stream().anyMatch(d -> d.start() == at);
    }

    private static Integer year(String text) {
        return text == null ? null : Integer.valueOf(text);
    }

    private static int day(String text) {
        return Integer.parseInt(text);
    }

    private static int month(String name) {
        return index(MONTHS, name) + 1;
    }

    private static DayOfWeek weekday(String name) {
        return DayOfWeek.of(index(WEEKDAYS, name) + 1);
    }

    private static int index(String[][] table, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < table.length; i++) {
            for (String candidate : table[i]) {
                if (lower.startsWith(candidate)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The date with the time of day written nearest to it in the sentence: "10:00", "15.30", "3 pm". */
    private static DateExpression withTime(DateExpression d, String sentence) {
        Matcher m = TIME.matcher(sentence);
        Optional<LocalTime> best = Optional.empty();
        int bestDistance = TIME_REACH + 1;
        while (m.find()) {
            // "03.03" in a numeric date is no time: a date has a second dot and a year after it.
            if (m.group(1) != null && m.group(0).contains(".") && m.end() < sentence.length()
                    && sentence.charAt(m.end()) == '.' || m.start() >= d.start() && m.end() <= d.end()) {
                continue;
            }
            int distance = m.start() >= d.end() ? m.start() - d.end() : Math.max(0, d.start() - m.end());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = Optional.of(m.group(1) != null
                        ? LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
                        : LocalTime.of(Integer.parseInt(m.group(3)) % 12
                        + (m.group(4).toLowerCase(Locale.ROOT).startsWith("p") ? 12 : 0), 0));
            }
        }
        return new DateExpression(d.start(), d.end(), d.year(), d.month(), d.day(), best, d.relativeDays(),
                d.weekday());
    }
}
