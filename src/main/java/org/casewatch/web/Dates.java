package org.casewatch.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as the console shows them, in the configured zone and the reader's language. */
final class Dates {

    private final ZoneId zone;

    Dates(ZoneId zone) {
        this.zone = zone;
    }

    ZoneId zone() {
        return zone;
    }

    String dateTime(Instant at, Texts t) {
        return DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", locale(t)).format(at.atZone(zone));
    }

    String date(LocalDate d, Texts t) {
        return DateTimeFormatter.ofPattern("EEE d MMM yyyy", locale(t)).format(d);
    }

    private static Locale locale(Texts t) {
        return t.language().equals("ru") ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
    }
}
