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

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

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
                h.kind().label(), staff.language().equals("ru") ? w.days().format(h.date()) : SHORT.format(h.date()), when));
        String lead = w.format("%s's %s hearing is %s.", event.personName(), h.kind().label(), when);
        String key = "reminder:" + h.id() + ":" + before.toMinutes() + "m:" + staff.email().toLowerCase(Locale.ROOT);
        return message(key, staff, "reminder", subject, lead, event, w);
    }

    public OutgoingMessage followUp(Staff staff, HearingEvent event) {
        StoredHearing h = event.hearing();
        Words w = new Words(staff.language());
        boolean ru = staff.language().equals("ru");
        String subject = HeaderText.clean("casewatch: " + w.format("no outcome reported yet for %s's hearing on %s",
                event.subjectName(), ru ? w.days().format(h.date()) : SHORT.format(h.date())));
        String lead = w.format("followup lead", event.personName(), h.kind().label(),
                ru ? w.days().format(h.date()) : DAY.format(h.date()));
        String key = "followup:" + h.id() + ":" + staff.email().toLowerCase(Locale.ROOT);
        return message(key, staff, "followup", subject, lead, event, w);
    }

    private OutgoingMessage message(String key, Staff staff, String kind, String subject, String lead, HearingEvent e,
                                    Words w) {
        List<String[]> rows = details(e, w);
        StringBuilder text = new StringBuilder(lead).append("\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
                + "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222\"><p>")
                .append(Html.escape(lead)).append("</p><table style=\"border-collapse:collapse\">");
        for (String[] row : rows) {
            text.append(w.get(row[0])).append(": ").append(row[1]).append('\n');
            html.append("<tr><td style=\"padding:2px 12px 2px 0;color:#555\">").append(Html.escape(w.get(row[0])))
                    .append("</td><td style=\"padding:2px 0\">");
            html.append(row[0].equals("Link") && Html.isWebLink(row[1])
                    ? "<a href=\"" + Html.escape(row[1]) + "\">" + Html.escape(row[1]) + "</a>" : Html.escape(row[1]));
            html.append("</td></tr>");
        }
        String footer = w.format("reminder footer", e.personName());
        text.append('\n').append(footer).append('\n');
        html.append("</table><p style=\"color:#777;font-size:12px\">").append(Html.escape(footer)).append("</p></body></html>");
        return new OutgoingMessage(key, staff.email(), kind, subject, html.toString(), text.toString(),
                Optional.of(calendar.ics(List.of(e))));
    }

    private static List<String[]> details(HearingEvent e, Words w) {
        StoredHearing h = e.hearing();
        List<String[]> rows = new java.util.ArrayList<>();
        rows.add(new String[]{"Person", e.personName()});
        rows.add(new String[]{"Date", (w.get("Date").equals("Date") ? DAY : w.days()).format(h.date()) + h.time().map(t -> ", " + t.format(
                DateTimeFormatter.ofPattern("HH:mm"))).orElse("")});
        rows.add(new String[]{"Kind", h.kind().label()});
        if (!h.court().isBlank()) {
            rows.add(new String[]{"Court", h.court()});
        }
        rows.add(new String[]{"Status", w.get(h.confirmed() ? "confirmed (watchlist)" : "found in the news, not confirmed")});
        h.rescheduledFrom().ifPresent(d -> rows.add(new String[]{"Rescheduled", w.format("from %s",
                (w.get("Date").equals("Date") ? DAY : w.days()).format(d))}));
        h.evidence().ifPresent(s -> rows.add(new String[]{"Evidence", s}));
        h.link().ifPresent(l -> rows.add(new String[]{"Link", l}));
        if (!h.note().isBlank()) {
            rows.add(new String[]{"Note", h.note()});
        }
        return rows;
    }
}
