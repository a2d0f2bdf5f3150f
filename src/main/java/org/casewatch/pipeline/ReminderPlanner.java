package org.casewatch.pipeline;

import org.casewatch.model.HearingEvent;
import org.casewatch.model.HearingStatus;
import org.casewatch.model.OutgoingMessage;
import org.casewatch.model.Person;
import org.casewatch.model.ReminderSettings;
import org.casewatch.model.Staff;
import org.casewatch.model.StoredHearing;
import org.casewatch.notify.ReminderComposer;
import org.casewatch.store.HearingRepository;
import org.casewatch.store.OutboxRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Queues hearing reminders and follow-ups that are due. The database decides: a reminder's key names the
 * hearing, the offset and the recipient, so each goes out once however often this runs or restarts. When
 * several offsets have passed (a hearing found late, a daemon that was down), only the nearest is sent.
 */
public final class ReminderPlanner implements DueMessages {

    private final HearingRepository hearings;
    private final OutboxRepository outbox;
    private final ReminderComposer composer;
    private final Map<String, Person> persons;
    private final List<Staff> staff;
    private final ReminderSettings settings;
    private final ZoneId zone;
    private final Clock clock;

    public ReminderPlanner(HearingRepository hearings, OutboxRepository outbox, ReminderComposer composer,
                           List<Person> persons, List<Staff> staff, ReminderSettings settings, ZoneId zone, Clock clock) {
        this.hearings = hearings;
        this.outbox = outbox;
        this.composer = composer;
        this.persons = persons.stream().collect(Collectors.toMap(Person::id, Function.identity()));
        this.staff = List.copyOf(staff);
        this.settings = settings;
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public int queueDue() {
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        long horizon = settings.offsets().isEmpty() ? 1 : settings.offsets().get(0).toDays() + 1;
        int queued = 0;
        for (StoredHearing h : hearings.between(today.minusDays(2), today.plusDays(horizon))) {
            Person person = persons.get(h.personId());
            if (h.status() != HearingStatus.SCHEDULED || person == null) {
                continue;
            }
            List<Staff> followers = staff.stream().filter(s -> s.reminders() && s.follows().covers(person)).toList();
            HearingEvent event = new HearingEvent(h, person);
            List<OutgoingMessage> messages = new ArrayList<>();
            ZoneId local = h.zone().orElse(zone);
            Duration due = null;
            for (Duration offset : settings.offsets()) {
                if (!now.isBefore(reminderAt(h, offset, local))) {
                    due = offset;
                }
            }
            boolean dayNotOver = now.isBefore(h.date().plusDays(1).atStartOfDay(local).toInstant());
            if (due != null && dayNotOver) {
                for (Staff s : followers) {
                    messages.add(composer.reminder(s, event, due, now));
                }
            }
            boolean followUpDue = !now.isBefore(h.date().plusDays(1).atTime(settings.at()).atZone(local).toInstant());
            if (settings.followUp() && followUpDue) {
                for (Staff s : followers) {
                    messages.add(composer.followUp(s, event, now));
                }
            }
            for (OutgoingMessage m : messages) {
                queued += outbox.enqueue(m, now) ? 1 : 0;
            }
        }
        return queued;
    }

    /** Whole days before: that day at the reminder time; shorter offsets: before the hearing's start. */
    private Instant reminderAt(StoredHearing h, Duration offset, ZoneId local) {
        if (offset.toDays() >= 1 && offset.toHours() % 24 == 0) {
            return h.date().minusDays(offset.toDays()).atTime(settings.at()).atZone(local).toInstant();
        }
        return h.date().atTime(h.time().orElse(settings.at())).atZone(local).toInstant().minus(offset);
    }
}
