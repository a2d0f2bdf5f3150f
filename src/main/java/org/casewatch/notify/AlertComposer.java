package org.casewatch.notify;

import org.casewatch.model.Mention;
import org.casewatch.model.OutgoingMessage;
import org.casewatch.model.Staff;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Composes the alert one staff member receives for one new item: the persons they follow that it
 * mentions, the item's title, link, source and date, and each snippet with the name highlighted.
 * Pure: the same facts always give the same message.
 */
public final class AlertComposer {

    static final int SNIPPETS_PER_PERSON = 3;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final ZoneId zone;

    public AlertComposer(ZoneId zone) {
        this.zone = zone;
    }

    /** Empty when the item mentions nobody this staff member follows. */
    public Optional<OutgoingMessage> compose(Staff staff, AlertFacts facts) {
        List<PersonMentions> followed = facts.persons().stream()
                .filter(p -> staff.follows().covers(p.person())).toList();
        if (followed.isEmpty()) {
            return Optional.empty();
        }
        String subject = HeaderText.clean("casewatch: " + names(followed) + " in " + facts.sourceName());
        String key = "alert:" + facts.sourceId() + ":" + KeyHash.of(facts.itemKey(), 8) + ":"
                + staff.email().toLowerCase(Locale.ROOT);
        return Optional.of(new OutgoingMessage(key, staff.email(), "alert", subject, html(facts, followed),
                text(facts, followed)));
    }

    private static String names(List<PersonMentions> persons) {
        List<String> names = persons.stream().map(p -> p.person().name()).toList();
        if (names.size() <= 3) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, 2)) + " and " + (names.size() - 2) + " more";
    }

    private Optional<String> published(AlertFacts facts) {
        return facts.item().published().map(at -> WHEN.format(at.atZone(zone)) + " (" + zone.getId() + ")");
    }

    private String text(AlertFacts facts, List<PersonMentions> persons) {
        StringBuilder out = new StringBuilder();
        out.append(names(persons)).append(persons.size() == 1 ? " was" : " were").append(" mentioned by ")
                .append(facts.sourceName()).append(".\n\n");
        out.append(facts.item().title()).append('\n');
        if (!facts.item().link().isBlank()) {
            out.append(facts.item().link()).append('\n');
        }
        out.append("Source: ").append(facts.sourceName()).append('\n');
        published(facts).ifPresent(when -> out.append("Published: ").append(when).append('\n'));
        for (PersonMentions p : persons) {
            out.append('\n').append(p.person().name()).append(":\n");
            for (Mention m : first(p.mentions())) {
                out.append("  matched «").append(m.surface()).append("» as ").append(p.person().name()).append(" (")
                        .append(m.rule()).append(")\n");
                out.append("  ").append(m.snippet(), 0, m.snippetStart()).append("[[")
                        .append(m.snippet(), m.snippetStart(), m.snippetEnd()).append("]]")
                        .append(m.snippet().substring(m.snippetEnd())).append('\n');
            }
        }
        out.append('\n').append(footer(persons)).append('\n');
        return out.toString();
    }

    private String html(AlertFacts facts, List<PersonMentions> persons) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").append(Html.escape(facts.item().title()))
                .append("</title></head><body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;"
                        + "color:#222;line-height:1.4\">");
        out.append("<p>").append(Html.escape(names(persons))).append(persons.size() == 1 ? " was" : " were")
                .append(" mentioned by <b>").append(Html.escape(facts.sourceName())).append("</b>.</p>");
        out.append("<h2 style=\"font-size:18px;margin:12px 0 4px\">");
        String title = Html.escape(facts.item().title());
        if (Html.isWebLink(facts.item().link())) {
            out.append("<a href=\"").append(Html.escape(facts.item().link())).append("\">").append(title).append("</a>");
        } else {
            out.append(title);
        }
        out.append("</h2><p style=\"color:#555;margin:0 0 12px\">").append(Html.escape(facts.sourceName()));
        published(facts).ifPresent(when -> out.append(" &middot; ").append(Html.escape(when)));
        out.append("</p>");
        for (PersonMentions p : persons) {
            out.append("<h3 style=\"font-size:15px;margin:12px 0 4px\">").append(Html.escape(p.person().name()))
                    .append("</h3>");
            for (Mention m : first(p.mentions())) {
                out.append("<p style=\"margin:0 0 8px;padding-left:8px;border-left:3px solid #ccc\">")
                        .append(Html.escape(m.snippet().substring(0, m.snippetStart())))
                        .append("<mark style=\"background:#ffe066\">")
                        .append(Html.escape(m.snippet().substring(m.snippetStart(), m.snippetEnd())))
                        .append("</mark>").append(Html.escape(m.snippet().substring(m.snippetEnd())))
                        .append("<br><span style=\"color:#777;font-size:12px\">matched &laquo;")
                        .append(Html.escape(m.surface())).append("&raquo; as ").append(Html.escape(p.person().name()))
                        .append(" (").append(Html.escape(m.rule()))
                        .append(")</span></p>");
            }
        }
        out.append("<hr style=\"border:0;border-top:1px solid #ddd\"><p style=\"color:#777;font-size:12px\">")
                .append(Html.escape(footer(persons))).append("</p></body></html>");
        return out.toString();
    }

    private static List<Mention> first(List<Mention> mentions) {
        return mentions.subList(0, Math.min(SNIPPETS_PER_PERSON, mentions.size()));
    }

    private static String footer(List<PersonMentions> persons) {
        return "You receive this because you follow " + names(persons) + " in casewatch. To change what you"
                + " receive, ask your casewatch operator to edit config/subscribers.yaml.";
    }

}
