package org.casewatch.config;

import org.casewatch.model.HearingKind;
import org.casewatch.model.KnownHearing;
import org.casewatch.model.Person;
import org.casewatch.model.Visibility;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code watchlist.yaml}: either a list of persons or a mapping with {@code persons:}. The minimal
 * entry is {@code - name: Some Name}; the id defaults to the name in lower case with dashes.
 */
public final class WatchlistReader {

    private final Problems problems;

    WatchlistReader(Problems problems) {
        this.problems = problems;
    }

    List<Person> read(YamlNode root, String file) {
        YamlNode list = root;
        if (root instanceof YamlNode.Mapping) {
            Optional<Fields> top = Fields.of(file, "", root, problems);
            Optional<YamlNode> persons = top.flatMap(f -> f.node("persons"));
            top.ifPresent(Fields::finish);
            if (persons.isEmpty()) {
                problems.add(file, root.line(), "persons", "is missing", "list people under persons:");
                return List.of();
            }
            list = persons.get();
        }
        if (!(list instanceof YamlNode.Sequence seq)) {
            problems.add(file, list.line(), "persons", "expected a list but found " + list.describe(),
                    "write one '- name: ...' entry per person");
            return List.of();
        }
        List<Person> out = new ArrayList<>();
        Map<String, Integer> idLines = new HashMap<>();
        for (int i = 0; i < seq.items().size(); i++) {
            String path = "persons[" + (i + 1) + "]";
            Fields.of(file, path, seq.items().get(i), problems).flatMap(this::person).ifPresent(p -> {
                Integer first = idLines.putIfAbsent(p.id(), p.line());
                if (first != null) {
                    problems.add(file, p.line(), path + ".id", "'" + p.person().id()
                            + "' is already used on line " + first, "give each person a distinct id");
                }
                out.add(p.person());
            });
        }
        return out;
    }

    private record Located(Person person, int line) {
        String id() {
            return person.id();
        }
    }

    private Optional<Located> person(Fields f) {
        Optional<String> name = f.required("name", "write the person's name as the press usually spells it");
        Optional<String> id = f.string("id");
        LinkedHashSet<String> names = new LinkedHashSet<>();
        name.ifPresent(names::add);
        names.addAll(f.strings("native"));
        names.addAll(f.strings("aliases"));
        List<String> tags = f.strings("tags");
        String status = f.string("status").orElse("");
        Visibility visibility = f.choice("visibility", List.of("public", "internal"))
                .map(v -> Visibility.valueOf(v.toUpperCase(Locale.ROOT))).orElse(Visibility.PUBLIC);
        List<String> notNames = new ArrayList<>(f.strings("not"));
        notNames.addAll(f.strings("relatives"));
        List<KnownHearing> hearings = f.node("hearings").map(node -> hearings(f, node)).orElse(List.of());
        boolean sensitive = f.bool("sensitive").orElse(false);
        String note = f.string("note").orElse("");
        f.finish();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String personId = id.orElseGet(() -> slug(name.get()));
        return Optional.of(new Located(new Person(personId, name.get(), List.copyOf(names), tags, status,
                visibility, notNames, hearings, sensitive, note), f.line()));
    }

    private List<KnownHearing> hearings(Fields parent, YamlNode node) {
        if (!(node instanceof YamlNode.Sequence seq)) {
            parent.problem("hearings", "expected a list", "write one '- date: YYYY-MM-DD' entry per hearing");
            return List.of();
        }
        List<KnownHearing> out = new ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            Fields.of(parent.file(), parent.field("hearings") + "[" + (i + 1) + "]", seq.items().get(i), problems)
                    .flatMap(this::hearing).ifPresent(out::add);
        }
        return out;
    }

    private Optional<KnownHearing> hearing(Fields f) {
        Optional<LocalDate> date = f.required("date", "write the day as YYYY-MM-DD").flatMap(text -> {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                f.problem("date", "'" + text + "' is not a date", "write it as YYYY-MM-DD, e.g. 2026-12-03");
                return Optional.empty();
            }
        });
        Optional<LocalTime> time = f.timeOfDay("time");
        Optional<ZoneId> zone = f.zone("timezone");
        HearingKind kind = f.choice("kind", KINDS).map(k -> HearingKind.valueOf(k.toUpperCase(Locale.ROOT)))
                .orElse(HearingKind.OTHER);
        String court = f.string("court").orElse("");
        String note = f.string("note").orElse("");
        f.finish();
        return date.map(d -> new KnownHearing(d, time, zone, kind, court, note));
    }

    private static final List<String> KINDS = java.util.Arrays.stream(HearingKind.values()).map(HearingKind::label)
            .toList();

    /** {@code "Mukhtar Dzhakishev"} becomes {@code "mukhtar-dzhakishev"}; letters of any script are kept. */
    static String slug(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }
}
