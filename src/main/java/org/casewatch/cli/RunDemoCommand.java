package org.casewatch.cli;

import org.casewatch.config.Config;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code casewatch demo}: one full cycle of the offline demo profile, no network needed. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Runs one full cycle of the offline demo profile (config/demo): fictional sources under"
                + " feeds/samples, state and .eml alerts under var/demo. Needs no network.",
                "Run it again and nothing new is sent: every item is already known."})
final class RunDemoCommand implements Callable<Integer> {

    static final Path DEMO_CONFIG = Path.of("config", "demo");

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Config config = main.loadConfig(DEMO_CONFIG);
        return RunDaemonCommand.runOnce(main, config, spec.commandLine().getOut(),
                "casewatch demo: " + config.sources().size() + " offline sources, " + config.persons().size()
                        + " watched persons, " + config.staff().size() + " staff");
    }
}
