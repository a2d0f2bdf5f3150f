package org.casewatch.notify;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * How long until a hearing, as a reader says it: "today at 10:00", "tomorrow", "in 3 days", "через 21 день".
 * Counted in calendar days between the moment of composing and the hearing's day, both in the recipient's
 * zone, so a reminder sent late still tells the truth. Plural forms come from ICU's plural rules (CLDR), not
 * from a table of our own: Russian needs one/few/many.
 */
final class TimeLeft {

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final Map<String, String[]> PHRASES = Map.of(
            "en", new String[]{"today", "today at {0}", "tomorrow", "tomorrow at {0}",
                    "{0,plural,one{in # day} other{in # days}}"},
            "ru", new String[]{"сегодня", "сегодня в {0}", "завтра", "завтра в {0}",
                    "{0,plural,one{через # день} few{через # дня} many{через # дней} other{через # дня}}"});

    private TimeLeft() {
    }

    /**
     * @param hearingDay  the hearing's local date in its own zone
     * @param time        its local start time, when known
     * @param hearingZone the zone its date and time are written in
     * @param now         the moment the message is composed
     * @param reader      the recipient's zone
     */
    static String phrase(String language, LocalDate hearingDay, Optional<LocalTime> time, ZoneId hearingZone,
                         Instant now, ZoneId reader) {
        String[] phrases = PHRASES.getOrDefault(language, PHRASES.get("en"));
        ULocale locale = new ULocale(PHRASES.containsKey(language) ? language : "en");
        var start = hearingDay.atTime(time.orElse(LocalTime.NOON)).atZone(hearingZone).withZoneSameInstant(reader);
        LocalDate day = time.isPresent() ? start.toLocalDate() : hearingDay;
        long days = Math.max(0, ChronoUnit.DAYS.between(now.atZone(reader).toLocalDate(), day));
        Optional<String> at = time.map(t -> start.toLocalTime().format(CLOCK_TIME));
        if (days <= 1) {
            int index = (int) days * 2 + (at.isPresent() ? 1 : 0);
            return new MessageFormat(phrases[index], locale).format(new Object[]{at.orElse("")});
        }
        return new MessageFormat(phrases[4], locale).format(new Object[]{days});
    }
}
