package org.casewatch.notify;

import org.casewatch.model.Mention;
import org.casewatch.model.OutgoingMessage;
import org.casewatch.model.Person;
import org.casewatch.model.Staff;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Composes the alert one staff member receives for a batch of new stories: grouped by person, each story
 * with its title, link, source (and the others that reported it), date, and each snippet with the name
 * highlighted and the rule that matched it. Subjects name sensitive persons by initials only.
 * Pure: the same facts always give the same message.
 */
public final class AlertComposer {

    static final int SNIPPETS_PER_PERSON = 3;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

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
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\""
                + "font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;line-height:1.4\">");
        String everyone = names(persons.stream().map(Person::name).toList());
        String lead = stories.size() == 1 ? w.format("%s mentioned by %s.", everyone, stories.get(0).sourceName())
                : w.format("%s mentioned in %d new items.", everyone, stories.size());
        text.append(lead).append("\n");
        html.append("<p>").append(Html.escape(lead)).append("</p>");
        for (Map.Entry<Person, List<AlertFacts>> entry : byPerson.entrySet()) {
            Person person = entry.getKey();
            text.append("\n== ").append(person.name()).append(" ==\n");
            html.append("<h2 style=\"font-size:17px;margin:16px 0 4px\">").append(Html.escape(person.name())).append("</h2>");
            for (AlertFacts story : entry.getValue()) {
                story(text, html, person, story, w);
            }
        }
        String footer = w.get("alert footer");
        text.append("\n").append(footer).append("\n");
        html.append("<hr style=\"border:0;border-top:1px solid #ddd\"><p style=\"color:#777;font-size:12px\">")
                .append(Html.escape(footer)).append("</p></body></html>");
        return new OutgoingMessage(key, staff.email(), "alert", subject, html.toString(), text.toString());
    }

    private void story(StringBuilder text, StringBuilder html, Person person, AlertFacts story, Words w) {
        String title = story.item().title();
        String link = story.item().link();
        Optional<String> when = story.item().published().map(at -> WHEN.format(at.atZone(zone)) + " (" + zone.getId() + ")");
        String sources = story.sourceName() + (story.alsoReportedBy().isEmpty() ? ""
                : "; " + w.get("also reported by") + " " + String.join(", ", story.alsoReportedBy()));
        text.append("\n").append(title).append('\n');
        if (!link.isBlank()) {
            text.append(link).append('\n');
        }
        text.append(w.get("Source")).append(": ").append(sources).append('\n');
        when.ifPresent(at -> text.append(w.get("Published")).append(": ").append(at).append('\n'));
        html.append("<h3 style=\"font-size:15px;margin:12px 0 2px\">");
        html.append(Html.isWebLink(link) ? "<a href=\"" + Html.escape(link) + "\">" + Html.escape(title) + "</a>"
                : Html.escape(title));
        html.append("</h3><p style=\"color:#555;margin:0 0 6px\">").append(Html.escape(sources));
        when.ifPresent(at -> html.append(" &middot; ").append(Html.escape(at)));
        html.append("</p>");
        List<Mention> mentions = story.persons().stream().filter(p -> p.person().equals(person))
                .flatMap(p -> p.mentions().stream()).limit(SNIPPETS_PER_PERSON).toList();
        for (Mention m : mentions) {
            String explanation = w.format("matched «%s» as %s (%s)", m.surface(), person.name(), m.rule());
            text.append("  ").append(m.snippet(), 0, m.snippetStart()).append("[[")
                    .append(m.snippet(), m.snippetStart(), m.snippetEnd()).append("]]")
                    .append(m.snippet().substring(m.snippetEnd())).append("\n  ").append(explanation).append('\n');
            html.append("<p style=\"margin:0 0 8px;padding-left:8px;border-left:3px solid #ccc\">")
                    .append(Html.escape(m.snippet().substring(0, m.snippetStart())))
                    .append("<mark style=\"background:#ffe066\">")
                    .append(Html.escape(m.snippet().substring(m.snippetStart(), m.snippetEnd())))
                    .append("</mark>").append(Html.escape(m.snippet().substring(m.snippetEnd())))
                    .append("<br><span style=\"color:#777;font-size:12px\">").append(Html.escape(explanation))
                    .append("</span></p>");
        }
    }

    private static String names(List<String> names) {
        if (names.size() <= 3) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, 2)) + " and " + (names.size() - 2) + " more";
    }
}
