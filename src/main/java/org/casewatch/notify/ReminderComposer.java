package org.casewatch.notify;

import org.casewatch.model.HearingEvent;
import org.casewatch.model.OutgoingMessage;
import org.casewatch.model.Source;
import org.casewatch.model.Staff;
import org.casewatch.model.StoredHearing;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Composes hearing reminders (days before) and the follow-up after a hearing day that passed with no outcome
 * in the news. Each carries the hearing's details, its evidence and link (or, for a page without links, the
 * source it was found on), and the event as an .ics file. A reminder says the true time left at the moment
 * it is composed, whichever offset made it due. Pure: the same inputs always give the same message and key.
 */
public final class ReminderComposer {

    private final HearingCalendar calendar;
    private final ZoneId zone;
    private final Map<String, Source> sources;

    /**
     * @param zone    the organisation's zone, in which recipients read dates and count days
     * @param sources the configured sources, to name the one a hearing was found on
     */
    public ReminderComposer(HearingCalendar calendar, ZoneId zone, List<Source> sources) {
        this.calendar = calendar;
        this.zone = zone;
        this.sources = sources.stream().collect(Collectors.toMap(Source::id, Function.identity(), (a, b) -> a));
    }

    /**
     * @param before the reminder offset that made it due: it names the message's key, not its text
     * @param now    the moment of composing, from which the time left is counted
     */
    public OutgoingMessage reminder(Staff staff, HearingEvent event, Duration before, Instant now) {
        StoredHearing h = event.hearing();
        Words w = new Words(staff.language());
        String when = TimeLeft.phrase(staff.language(), h.date(), h.time(), h.zone().orElse(zone), now, zone);
        String subject = HeaderText.clean("casewatch: " + w.format("%s, %s on %s (%s)", event.subjectName(),
                w.event(h.kind()), w.shortDate().format(h.date()), when));
        String lead = w.format("%s's %s is %s.", event.personName(), w.event(h.kind()), when);
        String key = "reminder:" + h.id() + ":" + before.toMinutes() + "m:" + staff.email().toLowerCase(Locale.ROOT);
        return message(key, staff, "reminder", subject, lead, event, w, now);
    }

    public OutgoingMessage followUp(Staff staff, HearingEvent event, Instant now) {
        StoredHearing h = event.hearing();
        Words w = new Words(staff.language());
        String subject = HeaderText.clean("casewatch: " + w.format("no outcome reported yet for %s's hearing on %s",
                event.subjectName(), w.shortDate().format(h.date())));
        String lead = w.format("followup lead", event.personName(), w.event(h.kind()),
                w.weekdayDate().format(h.date()));
        String key = "followup:" + h.id() + ":" + staff.email().toLowerCase(Locale.ROOT);
        return message(key, staff, "followup", subject, lead, event, w, now);
    }

    private OutgoingMessage message(String key, Staff staff, String kind, String subject, String lead, HearingEvent e,
                                    Words w, Instant now) {
        Views.Table view = new Views.Table(lead, details(e, w), w.format("reminder footer", e.personName()));
        return new OutgoingMessage(key, staff.email(), kind, subject, Templates.html("table", view),
                Templates.text("table", view), Optional.of(calendar.ics(List.of(e), now)));
    }

    private List<Views.Row> details(HearingEvent e, Words w) {
        StoredHearing h = e.hearing();
        List<Views.Row> rows = new ArrayList<>();
        rows.add(row(w, "Person", e.personName()));
        rows.add(row(w, "Date", w.weekdayDate().format(h.date()) + h.time().map(t -> ", " + t.format(
                DateTimeFormatter.ofPattern("HH:mm"))).orElse("")));
        rows.add(row(w, "Kind", w.kind(h.kind())));
        if (!h.court().isBlank()) {
            rows.add(row(w, "Court", h.court()));
        }
        rows.add(row(w, "Status", h.confirmedBy().isPresent() ? w.format("confirmed by %s", h.confirmedBy().get())
                : w.get(h.confirmed() ? "confirmed (watchlist)" : "found in the news, not confirmed")));
        h.rescheduledFrom().ifPresent(d -> rows.add(row(w, "Rescheduled", w.format("from %s",
                w.weekdayDate().format(d)))));
        h.evidence().ifPresent(s -> rows.add(row(w, "Evidence", s)));
        Optional<String> link = h.link().filter(l -> !l.isBlank());
        if (link.isPresent()) {
            rows.add(new Views.Row(w.get("Link"), link.get(), Html.isWebLink(link.get()) ? link.get().strip() : ""));
        } else {
            h.sourceId().map(sources::get).ifPresent(s -> rows.add(sourceRow(w, s)));
        }
        if (!h.note().isBlank()) {
            rows.add(row(w, "Note", h.note()));
        }
        return rows;
    }

    /** A page without links per item (a court's schedule table): its name, and its address when it is on the web. */
    private static Views.Row sourceRow(Words w, Source s) {
        boolean web = Html.isWebLink(s.url());
        return new Views.Row(w.get("Source"), web ? s.name() + " (" + s.url().strip() + ")" : s.name(),
                web ? s.url().strip() : "");
    }

    private static Views.Row row(Words w, String label, String value) {
        return new Views.Row(w.get(label), value, "");
    }
}
