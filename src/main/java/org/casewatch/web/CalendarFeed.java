package org.casewatch.web;

import io.javalin.http.Context;
import org.casewatch.app.Console;
import org.casewatch.app.Roster;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /calendar/<token>.ics}: a staff member's private calendar for calendar apps to subscribe to, the hearings
 * of the persons she follows from 90 days back to a year ahead, with the same UIDs as {@code hearings --ics}. The
 * token is the only key: an unknown or revoked one, or one of someone no longer on staff, is a plain 404.
 */
final class CalendarFeed {

    private final Console console;
    private final Dates dates;

    CalendarFeed(Console console, Dates dates) {
        this.console = console;
        this.dates = dates;
    }

    void serve(Context ctx) {
        String file = ctx.pathParam("file");
        String token = file.endsWith(".ics") ? file.substring(0, file.length() - 4) : "";
        Optional<Roster.Entry> owner = Tokens.wellFormed(token)
                ? console.calendars().owner(Tokens.hash(token)).flatMap(console.roster()::find) : Optional.empty();
        if (owner.isEmpty()) {
            throw new Refusal(404, "Not found.");
        }
        Set<String> followed = Following.ids(owner.get().effective(), console.config().persons());
        LocalDate today = console.clock().instant().atZone(dates.zone()).toLocalDate();
        var hearings = console.hearings().between(today.minusDays(90), today.plusYears(1)).stream()
                .filter(h -> followed.contains(h.personId())).toList();
        ctx.contentType("text/calendar; charset=utf-8");
        ctx.result(console.calendar(hearings));
    }
}
