package org.casewatch.notify;

import org.casewatch.model.HearingChange;
import org.casewatch.model.HearingEvent;
import org.casewatch.model.Person;
import org.casewatch.model.SourceHealth;
import org.casewatch.model.StoryDigest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything a digest may report for a period; composers choose what each audience may see.
 *
 * @param failing sources failing now (staff digests only)
 * @param silent  sources with no new item for a long time (staff digests only)
 */
public record DigestFacts(LocalDate from, LocalDate to, List<Person> persons, List<StoryDigest> stories,
                          List<HearingEvent> upcoming, List<HearingChange> changes, List<SourceHealth> failing,
                          List<String> silent, Map<String, String> sourceNames) {

    public DigestFacts {
        persons = List.copyOf(persons);
        stories = List.copyOf(stories);
        upcoming = List.copyOf(upcoming);
        changes = List.copyOf(changes);
        failing = List.copyOf(failing);
        silent = List.copyOf(silent);
        sourceNames = Map.copyOf(sourceNames);
    }
}
