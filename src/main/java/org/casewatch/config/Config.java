package org.casewatch.config;

import org.casewatch.model.Partner;
import org.casewatch.model.Person;
import org.casewatch.model.Settings;
import org.casewatch.model.Source;
import org.casewatch.model.Staff;

import java.nio.file.Path;
import java.util.List;

/** The whole validated configuration: settings, watchlist, subscribers and sources. */
public record Config(Path home, Path configDir, Settings settings, List<Person> persons, List<Staff> staff,
                     List<Partner> partners, List<Source> sources) {

    public Config {
        persons = List.copyOf(persons);
        staff = List.copyOf(staff);
        partners = List.copyOf(partners);
        sources = List.copyOf(sources);
    }
}
