package org.casewatch.cli;

import org.casewatch.config.Config;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code casewatch demo}: one full cycle of the offline demo profile, no network needed. The demo runs at a
 * fixed moment of the samples' story (a week before their hearings), not at today's date, so it tells the
 * same story on any day: the same items, alerts and reminders.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Runs one full cycle of the offline demo profile (config/demo): fictional sources under"
                + " feeds/samples, state and .eml alerts under var/demo. Needs no network.",
                "The demo runs as of " + RunDemoCommand.MOMENT_TEXT + " in the profile's time zone, whatever"
                        + " today's date, so it tells the same story on any day.",
                "Run it again and nothing new is sent: every item is already known."})
final class RunDemoCommand implements Callable<Integer> {

    static final Path DEMO_CONFIG = Path.of("config", "demo");
    /** The samples' "now": after their news (16 to 22 November 2026), a week before their hearings. */
    static final String MOMENT_TEXT = "2026-11-26 12:00";
    private static final LocalDateTime MOMENT = LocalDateTime.of(2026, 11, 26, 12, 0);
    private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm VV",
            Locale.ENGLISH);

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Config config = main.loadConfig(DEMO_CONFIG);
        ZonedDateTime moment = MOMENT.atZone(config.settings().zone());
        return RunDaemonCommand.runOnce(main, config, Clock.fixed(moment.toInstant(), moment.getZone()),
                spec.commandLine().getOut(), "casewatch demo: " + config.sources().size() + " offline sources, "
                        + config.persons().size() + " watched persons, " + config.staff().size() + " staff, as of "
                        + SPOKEN.format(moment));
    }
}
