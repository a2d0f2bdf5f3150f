package org.casewatch.web;

import io.javalin.http.Context;
import org.casewatch.app.Console;
import org.casewatch.model.HearingStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * {@code /hearings}: the coming hearings of the persons the staff member follows, and her private calendar address
 * ({@code /calendar/<token>.ics}). The address is shown once, when made (only its hash is kept); she can revoke it
 * and get a new one.
 */
final class HearingsPage {

    private static final Logger LOG = LoggerFactory.getLogger(HearingsPage.class);

    private final Console console;
    private final Dates dates;
    private final java.util.function.Supplier<String> baseUrl;

    HearingsPage(Console console, Dates dates, java.util.function.Supplier<String> baseUrl) {
        this.console = console;
        this.dates = dates;
        this.baseUrl = baseUrl;
    }

    void show(Context ctx) {
        render(ctx, "");
    }

    void newCalendar(Context ctx) {
        SignedIn me = Requests.staff(ctx);
        String token = Tokens.random();
        console.calendars().replace(me.email(), Tokens.hash(token), console.clock().instant());
        LOG.info("console_action action=new_calendar_address staff={}", me.email());
        render(ctx, baseUrl.get() + "/calendar/" + token + ".ics");
    }

    void revokeCalendar(Context ctx) {
        SignedIn me = Requests.staff(ctx);
        console.calendars().revoke(me.email(), console.clock().instant());
        LOG.info("console_action action=revoke_calendar_address staff={}", me.email());
        ctx.redirect("/hearings");
    }

    private void render(Context ctx, String newAddress) {
        SignedIn me = Requests.staff(ctx);
        Texts t = Requests.texts(ctx);
        Set<String> followed = Following.ids(me.staff(), console.config().persons());
        LocalDate today = console.clock().instant().atZone(dates.zone()).toLocalDate();
        List<HearingRow> rows = console.hearings().between(today, today.plusYears(1)).stream()
                .filter(h -> followed.contains(h.personId()) && h.status() != HearingStatus.POSTPONED)
                .map(h -> HearingRow.of(h, console.person(h.personId()).orElse(null), dates, t)).toList();
        String since = console.calendars().activeSince(me.email()).map(at -> dates.dateTime(at, t)).orElse("");
        Pages.render(ctx, "hearings", Requests.frame(ctx, "Hearings", "hearings"), "rows", rows, "calendarSince", since,
                "newAddress", newAddress);
    }
}
