package org.casewatch.app;

import org.casewatch.config.Config;
import org.casewatch.model.Follows;
import org.casewatch.model.Person;
import org.casewatch.model.Staff;
import org.casewatch.model.StaffPreferences;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The staff as they are in force: {@code subscribers.yaml} is the roster and the defaults, and what each staff
 * member chose in the console overrides them field by field. Follows of persons or tags no longer in the watchlist
 * are dropped, so a stale choice never breaks a cycle.
 */
public final class Roster {

    /** One staff member: as in force, as the file says, and what she chose. */
    public record Entry(Staff effective, Staff file, StaffPreferences chosen) {

        /** Where a field's value comes from: {@code console} or {@code subscribers.yaml}. */
        public String source(boolean chosen) {
            return chosen ? "console" : "subscribers.yaml";
        }
    }

    private final Map<String, Entry> entries;

    private Roster(Map<String, Entry> entries) {
        this.entries = entries;
    }

    public static Roster of(Config config, Map<String, StaffPreferences> chosen) {
        Set<String> ids = config.persons().stream().map(Person::id).collect(Collectors.toSet());
        Set<String> tags = config.persons().stream().flatMap(p -> p.tags().stream()).collect(Collectors.toSet());
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Staff s : config.staff()) {
            String key = s.email().toLowerCase(Locale.ROOT);
            StaffPreferences p = chosen.getOrDefault(key, StaffPreferences.none(key));
            Follows follows = p.follows().map(f -> f.all() ? f : new Follows(false,
                    f.personIds().stream().filter(ids::contains).collect(Collectors.toSet()),
                    f.tags().stream().filter(tags::contains).collect(Collectors.toSet()))).orElse(s.follows());
            Staff effective = new Staff(s.email(), s.name(), p.language().orElse(s.language()), follows,
                    p.alerts().orElse(s.alerts()), p.reminders().orElse(s.reminders()));
            entries.put(key, new Entry(effective, s, p));
        }
        return new Roster(entries);
    }

    public List<Staff> staff() {
        return entries.values().stream().map(Entry::effective).toList();
    }

    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    public Optional<Entry> find(String email) {
        return Optional.ofNullable(entries.get(email.toLowerCase(Locale.ROOT)));
    }
}
