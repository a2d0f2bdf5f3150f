package org.casewatch.pipeline;

import org.casewatch.match.HearingExtractor;
import org.casewatch.match.NameMatcher;
import org.casewatch.model.AlertMode;
import org.casewatch.model.FoundHearing;
import org.casewatch.model.Item;
import org.casewatch.model.Mention;
import org.casewatch.model.OutgoingMessage;
import org.casewatch.model.Person;
import org.casewatch.model.Source;
import org.casewatch.model.Staff;
import org.casewatch.notify.AlertComposer;
import org.casewatch.notify.AlertFacts;
import org.casewatch.notify.PersonMentions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds the watched persons in a new item and the hearing dates it states for them, and composes the alert
 * each following staff member gets.
 */
public final class AlertPlanner {

    /** The mentions and hearings to store and the messages to queue with them. */
    public record Plan(List<Mention> mentions, List<FoundHearing> hearings, List<OutgoingMessage> messages) {
    }

    private final NameMatcher matcher;
    private final Map<String, Person> persons;
    private final List<Staff> staff;
    private final AlertComposer composer;
    private final HearingExtractor hearings;
    private final ZoneId zone;

    public AlertPlanner(NameMatcher matcher, HearingExtractor hearings, List<Person> persons, List<Staff> staff,
                        AlertComposer composer, ZoneId zone) {
        this.matcher = matcher;
        this.hearings = hearings;
        this.zone = zone;
        this.persons = persons.stream().collect(Collectors.toMap(Person::id, Function.identity()));
        this.staff = List.copyOf(staff);
        this.composer = composer;
    }

    /**
     * @param seenAt when the item was first seen: its publication date when it has none
     * @param alert  false for items too old to alert on: their mentions and hearings are still kept
     */
    public Plan plan(Source source, String itemKey, Item item, Instant seenAt, boolean alert) {
        String text = item.matchText();
        List<Mention> mentions = matcher.find(text);
        if (mentions.isEmpty()) {
            return new Plan(mentions, List.of(), List.of());
        }
        LocalDate published = item.published().orElse(seenAt).atZone(zone).toLocalDate();
        List<FoundHearing> dates = hearings.find(text, mentions, Optional.of(published));
        if (!alert) {
            return new Plan(mentions, dates, List.of());
        }
        Map<String, List<Mention>> byPerson = new LinkedHashMap<>();
        for (Mention m : mentions) {
            byPerson.computeIfAbsent(m.personId(), id -> new ArrayList<>()).add(m);
        }
        List<PersonMentions> found = byPerson.entrySet().stream()
                .map(e -> new PersonMentions(persons.get(e.getKey()), e.getValue())).toList();
        AlertFacts facts = new AlertFacts(source.id(), source.name(), itemKey, item, found);
        List<OutgoingMessage> messages = new ArrayList<>();
        for (Staff member : staff) {
            if (member.alerts() == AlertMode.IMMEDIATE) {
                composer.compose(member, facts).ifPresent(messages::add);
            }
        }
        return new Plan(mentions, dates, messages);
    }
}
