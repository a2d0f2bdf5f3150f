package org.casewatch.notify;

import java.util.List;

/**
 * The data the email templates render: plain strings only, so the HTML templates escape every one of them
 * and nothing from a source can become markup. Links are already limited to http(s) (empty otherwise).
 */
public final class Views {

    private Views() {
    }

    /** One highlighted snippet: the name between {@code before} and {@code after}. */
    public record Snippet(String before, String name, String after, String explanation) {
    }

    /** One story in an alert. */
    public record Story(String title, String link, String sources, String when, List<Snippet> snippets) {
    }

    /** One person's part of an alert. */
    public record PersonStories(String name, List<Story> stories) {
    }

    /** A whole alert email. */
    public record Alert(String lead, List<PersonStories> persons, String footer) {
    }

    /** One line of a digest, linked when {@code link} is not empty. */
    public record Line(String text, String link) {
    }

    /** A titled group of lines. */
    public record Group(String heading, List<Line> lines) {
    }

    /** One person's part of a digest (empty name: a part about no person, like source health). */
    public record Section(String name, List<Line> notes, List<Group> groups) {
    }

    /** A whole digest email. */
    public record Digest(List<Section> sections, String footer) {
    }

    /** One row of a table email, linked when {@code link} is not empty. */
    public record Row(String label, String value, String link) {
    }

    /** An email that is a lead, a table of details and a footer: reminders, follow-ups, operator notices. */
    public record Table(String lead, List<Row> rows, String footer) {
    }
}
