package org.casewatch.pipeline;

import org.casewatch.model.Mention;
import org.casewatch.model.OutgoingMessage;
import org.casewatch.model.Person;
import org.casewatch.model.Source;
import org.casewatch.model.Staff;
import org.casewatch.notify.AlertComposer;
import org.casewatch.notify.AlertFacts;
import org.casewatch.notify.PersonMentions;
import org.casewatch.store.AlertQueue;
import org.casewatch.store.QueuedAlert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns waiting alerts into one email per recipient once the recipient's oldest alert has waited the batch
 * window, so a burst of hits is one email, grouped by person, not an alert storm.
 */
public final class AlertBatcher {

    private final AlertQueue queue;
    private final AlertComposer composer;
    private final Map<String, Person> persons;
    private final Map<String, Staff> staff;
    private final Map<String, String> sourceNames;
    private final Duration window;
    private final Clock clock;

    public AlertBatcher(AlertQueue queue, AlertComposer composer, List<Person> persons, List<Staff> staff,
                        List<Source> sources, Duration window, Clock clock) {
        this.queue = queue;
        this.composer = composer;
        this.persons = persons.stream().collect(Collectors.toMap(Person::id, Function.identity()));
        this.staff = staff.stream().collect(Collectors.toMap(s -> s.email().toLowerCase(Locale.ROOT), Function.identity(),
                (a, b) -> a));
        this.sourceNames = sources.stream().collect(Collectors.toMap(Source::id, Source::name));
        this.window = window;
        this.clock = clock;
    }

    /**
     * @param all send every waiting alert now, whatever the window (a one-off run)
     * @return how many emails were queued
     */
    public int flush(boolean all) {
        Instant now = clock.instant();
        int queued = 0;
        for (String recipient : queue.recipientsDue(all ? now : now.minus(window))) {
            Staff member = staff.get(recipient);
            List<QueuedAlert> batch = queue.waiting(recipient);
            if (member == null || batch.isEmpty()) {
                continue;
            }
            List<AlertFacts> stories = new ArrayList<>();
            for (QueuedAlert alert : batch) {
                List<PersonMentions> named = alert.personIds().stream().filter(persons::containsKey)
                        .map(id -> new PersonMentions(persons.get(id), mentionsOf(alert, id))).toList();
                if (!named.isEmpty()) {
                    stories.add(new AlertFacts(name(alert.sourceId()), alert.item(), named,
                            alert.alsoIn().stream().map(this::name).toList()));
                }
            }
            if (stories.isEmpty()) {
                continue;
            }
            OutgoingMessage message = composer.compose(member, stories, "alert:" + recipient + ":" + batch.get(0).id());
            queued += queue.commit(batch, message, now) ? 1 : 0;
        }
        return queued;
    }

    private static List<Mention> mentionsOf(QueuedAlert alert, String personId) {
        return alert.mentions().stream().filter(m -> m.personId().equals(personId)).toList();
    }

    private String name(String sourceId) {
        return sourceNames.getOrDefault(sourceId, sourceId);
    }
}
