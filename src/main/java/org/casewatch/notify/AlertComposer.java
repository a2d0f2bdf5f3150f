package org.casewatch.notify;

import org.casewatch.model.OutgoingMessage;
import org.casewatch.model.Person;
import org.casewatch.model.Staff;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Composes the alert one staff member receives for a batch of new stories: grouped by person, each story
 * with its title, link, source (and the others that reported it), date, and each snippet with the name
 * highlighted and the rule that matched it. Subjects name sensitive persons by initials only.
 * Pure: the same facts always give the same message.
 */
public final class AlertComposer {

    static final int SNIPPETS_PER_PERSON = 3;

    private final ZoneId zone;

    public AlertComposer(ZoneId zone) {
        this.zone = zone;
    }

    /** @param key the outbox key of this batch, unique per recipient and batch */
    public OutgoingMessage compose(Staff staff, List<AlertFacts> stories, String key) {
        Map<Person, List<AlertFacts>> byPerson = new LinkedHashMap<>();
        for (AlertFacts story : stories) {
            for (PersonMentions p : story.persons()) {
                byPerson.computeIfAbsent(p.person(), x -> new ArrayList<>()).add(story);
            }
        }
        // Persons in name order, so that a batch reads the same whatever order its sources were polled in.
        Map<Person, List<AlertFacts>> sorted = new java.util.TreeMap<>(java.util.Comparator.comparing(Person::name));
        sorted.putAll(byPerson);
        byPerson = sorted;
        List<Person> persons = new ArrayList<>(byPerson.keySet());
        Words w = new Words(staff.language());
        String where = stories.size() == 1 ? w.format("in %s", stories.get(0).sourceName())
                : w.format("in %d new items", stories.size());
        String subject = HeaderText.clean("casewatch: " + names(persons.stream().map(Person::subjectName).toList())
                + " " + where);
        String everyone = names(persons.stream().map(Person::name).toList());
        String lead = stories.size() == 1 ? w.format("%s mentioned by %s.", everyone, stories.get(0).sourceName())
                : w.format("%s mentioned in %d new items.", everyone, stories.size());
        List<Views.PersonStories> sections = new ArrayList<>();
        for (Map.Entry<Person, List<AlertFacts>> entry : byPerson.entrySet()) {
            Person person = entry.getKey();
            sections.add(new Views.PersonStories(person.name(),
                    entry.getValue().stream().map(story -> story(person, story, w)).toList()));
        }
        Views.Alert view = new Views.Alert(lead, sections, w.get("alert footer"));
        return new OutgoingMessage(key, staff.email(), "alert", subject, Templates.html("alert", view),
                Templates.text("alert", view));
    }

    private Views.Story story(Person person, AlertFacts story, Words w) {
        String link = Html.isWebLink(story.item().link()) ? story.item().link().strip() : "";
        String when = story.item().published().map(at -> w.get("Published") + ": " + w.dateTime().format(at.atZone(zone))
                + " (" + zone.getId() + ")").orElse("");
        String sources = w.get("Source") + ": " + story.sourceName() + (story.alsoReportedBy().isEmpty() ? ""
                : "; " + w.get("also reported by") + " " + String.join(", ", story.alsoReportedBy()));
        List<Views.Snippet> snippets = story.persons().stream().filter(p -> p.person().equals(person))
                .flatMap(p -> p.mentions().stream()).limit(SNIPPETS_PER_PERSON)
                .map(m -> new Views.Snippet(m.snippet().substring(0, m.snippetStart()),
                        m.snippet().substring(m.snippetStart(), m.snippetEnd()), m.snippet().substring(m.snippetEnd()),
                        w.format("matched «%s» as %s (%s)", m.surface(), person.name(), w.rule(m.rule()))))
                .toList();
        return new Views.Story(story.item().title(), link, sources, when, snippets);
    }

    private static String names(List<String> names) {
        if (names.size() <= 3) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, 2)) + " and " + (names.size() - 2) + " more";
    }
}
