package org.casewatch.cli;

import org.casewatch.app.Casewatch;
import org.casewatch.config.Config;
import org.casewatch.config.ConfigPermissions;
import org.casewatch.config.ConfigPrinter;
import org.casewatch.model.DatabaseSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;

/** {@code casewatch config check}: validates every file and prints the effective configuration, secrets redacted. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validates every configuration file and prints the effective configuration with secrets"
                + " redacted. Exits 3 and lists every problem (file:line: field: what is wrong) if any.")
final class CheckConfigCommand implements Callable<Integer> {

    @ParentCommand
    private ConfigCommand group;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Config config = group.main.loadConfig();
        PrintWriter out = spec.commandLine().getOut();
        out.print(new ConfigPrinter(group.main.environment().variables()).print(config));
        printConsoleChoices(config, out);
        for (String warning : ConfigPermissions.warnings(config)) {
            out.println("warning: " + warning);
        }
        out.printf("configuration OK: %d persons, %d staff, %d sources%n", config.persons().size(),
                config.staff().size(), config.sources().size());
        return ExitCodes.OK;
    }

    /** What staff decided in the console that changes matching ("not this person"), when a database exists. */
    private void printConsoleChoices(Config config, PrintWriter out) {
        // A shared PostgreSQL is not contacted by a check: only a local SQLite file that exists is read.
        if (!(config.settings().database() instanceof DatabaseSettings.Sqlite sqlite) || !Files.exists(sqlite.file())) {
            return;
        }
        try (Casewatch app = Casewatch.open(config, group.main.environment().clock(),
                group.main.environment().variables())) {
            var exclusions = app.exclusions();
            out.println("# written forms staff excluded in the console (\"not this person\"): " + exclusions.size());
            exclusions.forEach(e -> out.printf("- %s: never «%s» (by %s, %s)%n", e.personId(), e.surface(), e.by(),
                    e.at().atZone(config.settings().zone()).toLocalDate()));
            out.println();
        }
    }
}
