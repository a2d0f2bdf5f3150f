package org.casewatch.notify;

import org.casewatch.model.HearingEvent;
import org.casewatch.model.OutgoingMessage;
import org.casewatch.model.Staff;
import org.casewatch.model.StoredHearing;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Composes hearing reminders (days before) and the follow-up after a hearing day that passed with no outcome
 * in the news. Each carries the hearing's details, its evidence and link, and the event as an .ics file.
 * Pure: the same hearing, recipient and offset always give the same message and key.
 */
public final class ReminderComposer {


    private final HearingCalendar calendar;

    public ReminderComposer(HearingCalendar calendar) {
        this.calendar = calendar;
    }

    public OutgoingMessage reminder(Staff staff, HearingEvent event, Duration before) {
        StoredHearing h = event.hearing();
        Words w = new Words(staff.language());
        long days = before.toDays();
        String when = days == 1 ? w.get("tomorrow") : days > 1 ? w.format("in %d days", days)
                : w.format("in %d hours", before.toHours());
        String subject = HeaderText.clean("casewatch: " + w.format("%s, %s hearing on %s (%s)", event.subjectName(),
                h.kind().label(), w.shortDate().format(h.date()), when));
        String lead = w.format("%s's %s hearing is %s.", event.personName(), h.kind().label(), when);
        String key = "reminder:" + h.id() + ":" + before.toMinutes() + "m:" + staff.email().toLowerCase(Locale.ROOT);
        return message(key, staff, "reminder", subject, lead, event, w);
    }

    public OutgoingMessage followUp(Staff staff, HearingEvent event) {
        StoredHearing h = event.hearing();
        Words w = new Words(staff.language());
        String subject = HeaderText.clean("casewatch: " + w.format("no outcome reported yet for %s's hearing on %s",
                event.subjectName(), w.shortDate().format(h.date())));
        String lead = w.format("followup lead", event.personName(), h.kind().label(),
                w.weekdayDate().format(h.date()));
        String key = "followup:" + h.id() + ":" + staff.email().toLowerCase(Locale.ROOT);
        return message(key, staff, "followup", subject, lead, event, w);
    }

    private OutgoingMessage message(String key, Staff staff, String kind, String subject, String lead, HearingEvent e,
                                    Words w) {
        List<Views.Row> rows = details(e, w).stream().map(r -> new Views.Row(w.get(r[0]), r[1],
                r[0].equals("Link") && Html.isWebLink(r[1]) ? r[1].strip() : "")).toList();
        Views.Table view = new Views.Table(lead, rows, w.format("reminder footer", e.personName()));
        return new OutgoingMessage(key, staff.email(), kind, subject, Templates.html("table", view),
                Templates.text("table", view), Optional.of(calendar.ics(List.of(e))));
    }

    private static List<String[]> details(HearingEvent e, Words w) {
        StoredHearing h = e.hearing();
        List<String[]> rows = new java.util.ArrayList<>();
        rows.add(new String[]{"Person", e.personName()});
        rows.add(new String[]{"Date", w.weekdayDate().format(h.date()) + h.time().map(t -> ", " + t.format(
                DateTimeFormatter.ofPattern("HH:mm"))).orElse("")});
        rows.add(new String[]{"Kind", h.kind().label()});
        if (!h.court().isBlank()) {
            rows.add(new String[]{"Court", h.court()});
        }
        rows.add(new String[]{"Status", h.confirmedBy().isPresent() ? w.format("confirmed by %s", h.confirmedBy().get())
                : w.get(h.confirmed() ? "confirmed (watchlist)" : "found in the news, not confirmed")});
        h.rescheduledFrom().ifPresent(d -> rows.add(new String[]{"Rescheduled", w.format("from %s",
                w.weekdayDate().format(d))}));
        h.evidence().ifPresent(s -> rows.add(new String[]{"Evidence", s}));
        h.link().ifPresent(l -> rows.add(new String[]{"Link", l}));
        if (!h.note().isBlank()) {
            rows.add(new String[]{"Note", h.note()});
        }
        return rows;
    }
}
