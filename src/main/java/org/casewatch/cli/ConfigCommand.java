package org.casewatch.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code casewatch config}: the group of configuration commands. */
@Command(name = "config", mixinStandardHelpOptions = true, description = "Configuration commands.",
        subcommands = {CheckConfigCommand.class})
final class ConfigCommand implements Runnable {

    @ParentCommand
    Main main;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a config command, e.g. config check");
    }
}
