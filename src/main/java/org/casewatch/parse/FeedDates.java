package org.casewatch.parse;

import com.rometools.rome.io.impl.DateParser;

import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a feed's date: W3C/ISO 8601 and RFC 822 and their common variants, plus the extra masks in
 * {@code rome.properties}, through Rome's date parser; a date nobody can read is no date.
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
            return Optional.ofNullable(DateParser.parseDate(s, Locale.US)).map(Date::toInstant);
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
