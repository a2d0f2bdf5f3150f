package org.casewatch.config;

import org.casewatch.model.AlertMode;
import org.casewatch.model.Follows;
import org.casewatch.model.Partner;
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
    private final List<Staff> staff = new ArrayList<>();
    private final List<Partner> partners = new ArrayList<>();

    SubscribersReader(Problems problems, List<Person> persons) {
        this.problems = problems;
        this.persons = persons;
    }

    List<Staff> staff() {
        return List.copyOf(staff);
    }

    List<Partner> partners() {
        return List.copyOf(partners);
    }

    void read(YamlNode root, String file) {
        Optional<Fields> top = Fields.of(file, "", root, problems);
        if (top.isEmpty()) {
            return;
        }
        Optional<YamlNode> staffNode = top.get().node("staff");
        Optional<YamlNode> partnerNode = top.get().node("partners");
        top.get().finish();
        staffNode.ifPresent(node -> staff.addAll(staff(node, file)));
        partnerNode.ifPresent(node -> partners.addAll(partners(node, file)));
    }

    private List<Partner> partners(YamlNode node, String file) {
        List<Partner> out = new ArrayList<>();
        if (!(node instanceof YamlNode.Sequence seq)) {
            problems.add(file, node.line(), "partners", "expected a list", "write one '- organisation: ...' per partner");
            return out;
        }
        for (int i = 0; i < seq.items().size(); i++) {
            Fields.of(file, "partners[" + (i + 1) + "]", seq.items().get(i), problems).flatMap(this::partner)
                    .ifPresent(out::add);
        }
        return out;
    }

    private Optional<Partner> partner(Fields f) {
        Optional<String> organisation = f.required("organisation", "name the partner organisation");
        List<String> emails = f.strings("emails");
        if (emails.isEmpty()) {
            f.problem("emails", "is missing", "list the addresses the weekly digest goes to, e.g. [desk@partner.org]");
        }
        for (String e : emails) {
            if (!EMAIL.matcher(e).matches()) {
                f.problem("emails", "'" + e + "' is not an email address", "write e.g. desk@partner.org");
            }
        }
        String language = f.choice("language", List.of("en", "ru")).orElse("en");
        java.time.DayOfWeek day = f.choice("day", java.util.Arrays.stream(java.time.DayOfWeek.values())
                        .map(d -> d.name().toLowerCase(Locale.ROOT)).toList())
                .map(d -> java.time.DayOfWeek.valueOf(d.toUpperCase(Locale.ROOT))).orElse(java.time.DayOfWeek.MONDAY);
        java.time.LocalTime time = f.timeOfDay("time").orElse(java.time.LocalTime.of(9, 0));
        Follows cases = f.node("cases").map(node -> node instanceof YamlNode.Scalar s && s.text().strip()
                .equalsIgnoreCase("public") ? Follows.everyone() : follows(f, node, "cases")).orElse(Follows.everyone());
        f.finish();
        if (organisation.isEmpty() || emails.isEmpty() || cases == null) {
            return Optional.empty();
        }
        return Optional.of(new Partner(organisation.get(), emails, language, day, time, cases));
    }

    private List<Staff> staff(YamlNode staffNode, String file) {
        List<Staff> out = new ArrayList<>();
        if (!(staffNode instanceof YamlNode.Sequence seq)) {
            problems.add(file, staffNode.line(), "staff", "expected a list", "write one '- email: ...' per person");
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
        Follows follows = f.node("follows").map(node -> follows(f, node, "follows")).orElse(null);
        if (follows == null) {
            f.problem("follows", "is missing", "write follows: all, or persons: [ids] and/or tags: [tags]");
        }
        AlertMode alerts = f.choice("alerts", List.of("immediate", "daily", "off"))
                .map(a -> AlertMode.valueOf(a.toUpperCase(Locale.ROOT))).orElse(AlertMode.IMMEDIATE);
        boolean reminders = f.bool("reminders").orElse(true);
        f.finish();
        if (email.isEmpty() || follows == null) {
            return Optional.empty();
        }
        return Optional.of(new Staff(email.get(), name, language, follows, alerts, reminders));
    }

    private Follows follows(Fields parent, YamlNode node, String key) {
        if (node instanceof YamlNode.Scalar s && "all".equalsIgnoreCase(s.text().strip())) {
            return Follows.everyone();
        }
        Optional<Fields> fields = Fields.of(parent.file(), parent.field(key), node, problems);
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
