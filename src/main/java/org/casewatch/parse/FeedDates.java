package org.casewatch.parse;

import com.rometools.rome.io.impl.DateParser;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a feed's date: W3C/ISO 8601 and RFC 822 and their common variants, plus the extra masks in
 * {@code rome.properties}, through Rome's date parser; a date nobody can read is no date. The two forms nearly
 * every feed writes are tried first with java.time, which reads them in a fraction of Rome's time.
 */
final class FeedDates {

    private FeedDates() {
    }

    static Optional<Instant> parse(String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(s.indexOf(',') > 0 ? ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant() : OffsetDateTime.parse(s).toInstant());
        } catch (DateTimeParseException otherForm) {
            // Everything else (two-digit years, named zones, a weekday that does not match...) is Rome's.
        }
        try {
            return Optional.ofNullable(DateParser.parseDate(s, Locale.US)).map(Date::toInstant);
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
