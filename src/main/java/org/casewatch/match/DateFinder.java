package org.casewatch.match;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in English, Russian and Kazakh: "3 March 2026", "March 3", "3 марта 2026 года",
 * "2026 жылғы 3 наурызда", "03.03.2020", "2026-03-03", and "today", "tomorrow", "yesterday"; with a time
 * of day when one is written nearby ("at 10:00", "в 15.30", "at 3 pm").
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
    private static final String MONTH;

    static {
        List<String> names = new ArrayList<>();
        for (String[] month : MONTHS) {
            names.addAll(List.of(month));
        }
        names.sort((a, b) -> b.length() - a.length());
        MONTH = "(" + String.join("|", names) + ")[\\p{L}]{0,4}\\.?";
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String YEAR = "(?:,?\\s+(\\d{4})(?:\\s*(?:года|год|г\\.|г\\b|жылы|жылғы))?)?";
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\d.])(\\d{1,2})(?:st|nd|rd|th|-го|-е)?\\s+" + MONTH
            + YEAR, FLAGS);
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\p{L}])" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?"
            + "(?![\\d:.]\\d)" + YEAR, FLAGS);
    private static final Pattern KAZAKH = Pattern.compile("(\\d{4})\\s*жыл\\p{L}*\\s+(\\d{1,2})\\s+" + MONTH, FLAGS);
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})(?![\\d])");
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern RELATIVE = Pattern.compile("(?<![\\p{L}])(today|tomorrow|yesterday|сегодня|завтра|"
            + "вчера|бүгін|ертең|кеше)(?![\\p{L}])", FLAGS);
    private static final Pattern TIME = Pattern.compile("(?<![\\d.:])([01]?\\d|2[0-3])[:.]([0-5]\\d)(?!\\d|\\.\\d)"
            + "|(?<!\\d)(1[0-2]|[1-9])\\s*(a\\.?m\\.?|p\\.?m\\.?)(?![\\p{L}])", FLAGS);

    private DateFinder() {
    }

    static List<DateExpression> find(String sentence) {
        List<DateExpression> out = new ArrayList<>();
        Matcher m = KAZAKH.matcher(sentence);
        while (m.find()) {
            add(out, sentence, m.start(), m.end(), Integer.parseInt(m.group(1)), month(m.group(3)), day(m.group(2)));
        }
        m = DAY_MONTH.matcher(sentence);
        while (m.find()) {
            add(out, sentence, m.start(), m.end(), year(m.group(3)), month(m.group(2)), day(m.group(1)));
        }
        m = MONTH_DAY.matcher(sentence);
        while (m.find()) {
            add(out, sentence, m.start(), m.end(), year(m.group(3)), month(m.group(1)), day(m.group(2)));
        }
        m = NUMERIC.matcher(sentence);
        while (m.find()) {
            int year = Integer.parseInt(m.group(3));
            add(out, sentence, m.start(), m.end(), year < 100 ? 2000 + year : year, Integer.parseInt(m.group(2)),
                    day(m.group(1)));
        }
        m = ISO.matcher(sentence);
        while (m.find()) {
            add(out, sentence, m.start(), m.end(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    day(m.group(3)));
        }
        m = RELATIVE.matcher(sentence);
        while (m.find()) {
            int days = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "tomorrow", "завтра", "ертең" -> 1;
                case "yesterday", "вчера", "кеше" -> -1;
                default -> 0;
            };
            if (overlaps(out, m.start(), m.end())) {
                continue;
            }
            out.add(new DateExpression(m.start(), m.end(), Optional.empty(), 0, 0, time(sentence), Optional.of(days)));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static void add(List<DateExpression> out, String sentence, int start, int end, Integer year, int month,
                            int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31 || overlaps(out, start, end)
                || year != null && (year < 1990 || year > 2100)) {
            return;
        }
        out.add(new DateExpression(start, end, Optional.ofNullable(year), month, day, time(sentence), Optional.empty()));
    }

    private static boolean overlaps(List<DateExpression> found, int start, int end) {
        return found.stream().anyMatch(d -> d.start() < end && start < d.end());
    }

    private static Integer year(String text) {
        return text == null ? null : Integer.valueOf(text);
    }

    private static int day(String text) {
        return Integer.parseInt(text);
    }

    private static int month(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            for (String candidate : MONTHS[i]) {
                if (lower.startsWith(candidate)) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    /** The first time of day in the sentence, if any: "10:00", "15.30", "3 pm". */
    private static Optional<LocalTime> time(String sentence) {
        Matcher m = TIME.matcher(sentence);
        while (m.find()) {
            if (m.group(1) != null) {
                // "03.03" in a numeric date is no time: a date has a second dot and a year after it.
                if (m.group(0).contains(".") && m.end() < sentence.length() && sentence.charAt(m.end()) == '.') {
                    continue;
                }
                return Optional.of(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            int hour = Integer.parseInt(m.group(3)) % 12;
            boolean pm = m.group(4).toLowerCase(Locale.ROOT).startsWith("p");
            return Optional.of(LocalTime.of(pm ? hour + 12 : hour, 0));
        }
        return Optional.empty();
    }
}
