package org.casewatch.config;

import org.casewatch.model.AlertMode;
import org.casewatch.model.Follows;
import org.casewatch.model.Person;
import org.casewatch.model.Staff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code subscribers.yaml}: the staff who follow persons or tags. Follows are checked against the
 * watchlist, so a misspelt person id is an error rather than a silent gap in someone's alerts.
 */
final class SubscribersReader {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\",;]+@[^@\\s<>\",;]+\\.[^@\\s<>\",;]+");

    private final Problems problems;
    private final List<Person> persons;

    SubscribersReader(Problems problems, List<Person> persons) {
        this.problems = problems;
        this.persons = persons;
    }

    List<Staff> read(YamlNode root, String file) {
        Optional<Fields> top = Fields.of(file, "", root, problems);
        if (top.isEmpty()) {
            return List.of();
        }
        Optional<YamlNode> staffNode = top.get().node("staff");
        top.get().finish();
        List<Staff> out = new ArrayList<>();
        if (staffNode.isEmpty()) {
            return out;
        }
        if (!(staffNode.get() instanceof YamlNode.Sequence seq)) {
            problems.add(file, staffNode.get().line(), "staff", "expected a list", "write one '- email: ...' per person");
            return out;
        }
        Set<String> emails = new HashSet<>();
        for (int i = 0; i < seq.items().size(); i++) {
            Fields.of(file, "staff[" + (i + 1) + "]", seq.items().get(i), problems).flatMap(this::staff)
                    .ifPresent(s -> {
                        if (!emails.add(s.email().toLowerCase(Locale.ROOT))) {
                            problems.add(file, 0, "staff", s.email() + " is listed twice",
                                    "merge the two entries into one");
                        }
                        out.add(s);
                    });
        }
        return out;
    }

    private Optional<Staff> staff(Fields f) {
        Optional<String> email = f.required("email", "give the address alerts go to");
        email.filter(e -> !EMAIL.matcher(e).matches()).ifPresent(e ->
                f.problem("email", "'" + e + "' is not an email address", "write e.g. aliya@example.org"));
        String name = f.string("name").orElse(email.orElse(""));
        String language = f.choice("language", List.of("en", "ru")).orElse("en");
        Follows follows = f.node("follows").map(node -> follows(f, node)).orElse(null);
        if (follows == null) {
            f.problem("follows", "is missing", "write follows: all, or persons: [ids] and/or tags: [tags]");
        }
        AlertMode alerts = f.choice("alerts", List.of("immediate", "off"))
                .map(a -> AlertMode.valueOf(a.toUpperCase(Locale.ROOT))).orElse(AlertMode.IMMEDIATE);
        boolean reminders = f.bool("reminders").orElse(true);
        f.finish();
        if (email.isEmpty() || follows == null) {
            return Optional.empty();
        }
        return Optional.of(new Staff(email.get(), name, language, follows, alerts, reminders));
    }

    private Follows follows(Fields parent, YamlNode node) {
        if (node instanceof YamlNode.Scalar s && "all".equalsIgnoreCase(s.text().strip())) {
            return Follows.everyone();
        }
        Optional<Fields> fields = Fields.of(parent.file(), parent.field("follows"), node, problems);
        if (fields.isEmpty()) {
            return null;
        }
        Fields f = fields.get();
        Set<String> ids = new HashSet<>(f.strings("persons"));
        Set<String> tags = new HashSet<>(f.strings("tags"));
        f.finish();
        for (String id : ids) {
            if (persons.stream().noneMatch(p -> p.id().equals(id))) {
                f.problem("persons", "no person in the watchlist has the id '" + id + "'",
                        "use an id from the watchlist (casewatch config check lists them)");
            }
        }
        for (String tag : tags) {
            if (persons.stream().noneMatch(p -> p.tags().contains(tag))) {
                f.problem("tags", "no person in the watchlist has the tag '" + tag + "'",
                        "check the spelling against the watchlist's tags");
            }
        }
        if (ids.isEmpty() && tags.isEmpty()) {
            f.problem("persons", "follows nobody", "list persons: [ids] or tags: [tags], or write follows: all");
        }
        return new Follows(false, ids, tags);
    }
}
