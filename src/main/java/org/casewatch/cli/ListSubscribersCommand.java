package org.casewatch.cli;

import org.casewatch.app.Casewatch;
import org.casewatch.app.Roster;
import org.casewatch.config.Config;
import org.casewatch.model.Follows;
import org.casewatch.model.Partner;
import org.casewatch.model.Person;
import org.casewatch.model.Staff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/** {@code casewatch subscribers}: who follows what, with the persons each rule resolves to. */
@Command(name = "subscribers", mixinStandardHelpOptions = true,
        description = "Lists staff and partners, what they receive, and the persons each one's rules resolve to"
                + " (partners: public persons only). Staff settings are shown as in force: what each chose in the"
                + " console, else subscribers.yaml.")
final class ListSubscribersCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Config config = main.loadConfig();
        PrintWriter out = spec.commandLine().getOut();
        Roster roster;
        try (Casewatch app = Casewatch.open(config, main.environment().clock(), main.environment().variables())) {
            roster = app.roster();
        }
        out.println("Staff (each setting as in force, and where it comes from: subscribers.yaml or the console):");
        for (Roster.Entry e : roster.entries()) {
            Staff s = e.effective();
            var chosen = e.chosen();
            out.printf("  %s (%s): language %s [%s], alerts %s [%s], reminders %s [%s]; follows %s [%s]%n", s.email(),
                    s.name(), s.language(), e.source(chosen.language().isPresent()),
                    s.alerts().name().toLowerCase(Locale.ROOT), e.source(chosen.alerts().isPresent()),
                    s.reminders() ? "on" : "off", e.source(chosen.reminders().isPresent()), rule(s.follows()),
                    e.source(chosen.follows().isPresent()));
            out.printf("    -> %s%n", names(config.persons(), p -> s.follows().covers(p)));
        }
        out.println("Partners:");
        for (Partner p : config.partners()) {
            out.printf("  %s (%s): weekly on %s at %s to %s; cases %s%n", p.organisation(), p.language(),
                    p.day().name().toLowerCase(Locale.ROOT), p.time(), String.join(", ", p.emails()),
                    p.cases().all() ? "all public" : rule(p.cases()));
            out.printf("    -> %s%n", names(config.persons(), p::sees));
        }
        return ExitCodes.OK;
    }

    private static String rule(Follows f) {
        if (f.all()) {
            return "all";
        }
        return (f.personIds().isEmpty() ? "" : "persons " + f.personIds().stream().sorted().toList())
                + (f.tags().isEmpty() ? "" : " tags " + f.tags().stream().sorted().toList());
    }

    private static String names(List<Person> persons, Predicate<Person> rule) {
        List<String> names = persons.stream().filter(rule).map(Person::name).toList();
        return names.isEmpty() ? "(nobody)" : String.join(", ", names);
    }
}
