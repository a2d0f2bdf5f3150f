package org.casewatch.notify;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Status;
import biweekly.util.Duration;
import org.casewatch.model.HearingEvent;
import org.casewatch.model.HearingStatus;
import org.casewatch.model.StoredHearing;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

/**
 * Writes hearings as an RFC 5545 calendar: one event per hearing, with a UID made of person, date and kind
 * so that calendar apps update an event instead of adding a second one. A hearing found in the news only is
 * TENTATIVE, one in the watchlist or confirmed by staff CONFIRMED; a postponed or cancelled one is CANCELLED.
 */
public final class HearingCalendar {

    private final ZoneId zone;

    public HearingCalendar(ZoneId zone) {
        this.zone = zone;
    }

    /** @param stamp when the calendar is written (each event's DTSTAMP, RFC 5545 section 3.8.7.2) */
    public String ics(List<HearingEvent> events, Instant stamp) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//casewatch//hearings//EN");
        for (HearingEvent e : events) {
            VEvent event = event(e);
            // biweekly stamps a new event with the system clock; casewatch reads time only from its Clock.
            event.setDateTimeStamp(Date.from(stamp));
            calendar.addEvent(event);
        }
        return Biweekly.write(calendar).go();
    }

    public static String uid(StoredHearing h) {
        return "hearing-" + h.personId() + "-" + h.date() + "-" + h.kind().label() + "@casewatch";
    }

    private VEvent event(HearingEvent e) {
        StoredHearing h = e.hearing();
        VEvent event = new VEvent();
        event.setUid(uid(h));
        event.setSummary(e.personName() + ": " + new Words("en").event(h.kind()));
        if (h.time().isPresent()) {
            ZonedDateTime start = h.date().atTime(h.time().get()).atZone(h.zone().orElse(zone));
            event.setDateStart(Date.from(start.toInstant()), true);
            event.setDuration(Duration.builder().hours(1).build());
        } else {
            // A date without time is written in the JVM zone by biweekly, so it must be built in that zone.
            event.setDateStart(Date.from(h.date().atStartOfDay(ZoneId.systemDefault()).toInstant()), false);
        }
        if (!h.court().isBlank()) {
            event.setLocation(h.court());
        }
        StringBuilder description = new StringBuilder(h.confirmedBy().map(name -> "Confirmed by " + name + ".")
                .orElse(h.confirmed() ? "Confirmed (watchlist)." : "Found in the news, not confirmed."));
        h.evidence().ifPresent(s -> description.append("\n\n").append(s));
        h.link().ifPresent(l -> description.append("\n").append(l));
        if (!h.note().isBlank()) {
            description.append("\n\n").append(h.note());
        }
        event.setDescription(description.toString());
        h.link().filter(Html::isWebLink).ifPresent(event::setUrl);
        event.setStatus(h.status() == HearingStatus.POSTPONED || h.status() == HearingStatus.CANCELLED
                ? Status.cancelled() : h.certain() ? Status.confirmed() : Status.tentative());
        return event;
    }
}
