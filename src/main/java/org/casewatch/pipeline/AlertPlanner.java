package org.casewatch.pipeline;

import org.casewatch.match.NameMatcher;
import org.casewatch.model.AlertMode;
import org.casewatch.model.Item;
import org.casewatch.model.Mention;
import org.casewatch.model.OutgoingMessage;
import org.casewatch.model.Person;
import org.casewatch.model.Source;
import org.casewatch.model.Staff;
import org.casewatch.notify.AlertComposer;
import org.casewatch.notify.AlertFacts;
import org.casewatch.notify.PersonMentions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Finds the watched persons in a new item and composes the alert each following staff member gets. */
public final class AlertPlanner {

    /** The mentions to store and the messages to queue with them. */
    public record Plan(List<Mention> mentions, List<OutgoingMessage> messages) {
    }

    private final NameMatcher matcher;
    private final Map<String, Person> persons;
    private final List<Staff> staff;
    private final AlertComposer composer;

    public AlertPlanner(NameMatcher matcher, List<Person> persons, List<Staff> staff, AlertComposer composer) {
        this.matcher = matcher;
        this.persons = persons.stream().collect(Collectors.toMap(Person::id, Function.identity()));
        this.staff = List.copyOf(staff);
        this.composer = composer;
    }

    /** @param alert false for items too old to alert on: their mentions are still kept */
    public Plan plan(Source source, String itemKey, Item item, boolean alert) {
        List<Mention> mentions = matcher.find(item.matchText());
        if (mentions.isEmpty() || !alert) {
            return new Plan(mentions, List.of());
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
        return new Plan(mentions, messages);
    }
}
