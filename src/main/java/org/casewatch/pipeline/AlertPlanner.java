package org.casewatch.pipeline;

import org.casewatch.hearings.HearingExtractor;
import org.casewatch.match.NameMatcher;
import org.casewatch.model.AlertMode;
import org.casewatch.model.FoundHearing;
import org.casewatch.model.Item;
import org.casewatch.model.Mention;
import org.casewatch.model.Person;
import org.casewatch.model.Staff;
import org.casewatch.store.AlertTarget;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds the watched persons in a new item and the hearing dates it states for them, and who is to be
 * alerted: staff with immediate alerts who follow a person it names.
 */
public final class AlertPlanner {

    /** The mentions and hearings to store and the alerts to queue with them. */
    public record Plan(List<Mention> mentions, List<FoundHearing> hearings, List<AlertTarget> alerts) {
    }

    private final NameMatcher matcher;
    private final Map<String, Person> persons;
    private final List<Staff> staff;
    private final HearingExtractor hearings;
    private final ZoneId zone;

    public AlertPlanner(NameMatcher matcher, HearingExtractor hearings, List<Person> persons, List<Staff> staff,
                        ZoneId zone) {
        this.matcher = matcher;
        this.hearings = hearings;
        this.zone = zone;
        this.persons = persons.stream().collect(Collectors.toMap(Person::id, Function.identity()));
        this.staff = List.copyOf(staff);
    }

    /**
     * @param seenAt when the item was first seen: its publication date when it has none
     * @param alert  false for items too old to alert on: their mentions and hearings are still kept
     */
    public Plan plan(Item item, Instant seenAt, boolean alert) {
        String text = item.matchText();
        List<Mention> mentions = matcher.find(text);
        if (mentions.isEmpty()) {
            return new Plan(mentions, List.of(), List.of());
        }
        LocalDate published = item.published().orElse(seenAt).atZone(zone).toLocalDate();
        List<FoundHearing> dates = hearings.find(text, mentions, Optional.of(published),
                Optional.of(item.link()).filter(l -> !l.isBlank()));
        List<AlertTarget> alerts = new ArrayList<>();
        if (alert) {
            Set<String> named = new LinkedHashSet<>();
            mentions.forEach(m -> named.add(m.personId()));
            for (Staff member : staff) {
                if (member.alerts() != AlertMode.IMMEDIATE) {
                    continue;
                }
                List<String> followed = named.stream().filter(id -> member.follows().covers(persons.get(id))).toList();
                if (!followed.isEmpty()) {
                    alerts.add(new AlertTarget(member.email(), followed));
                }
            }
        }
        return new Plan(mentions, dates, alerts);
    }
}
