package org.casewatch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code casewatch config}: the group of configuration commands. */
@Command(name = "config", mixinStandardHelpOptions = true, description = "Configuration commands.",
        subcommands = {CheckConfigCommand.class})
final class ConfigCommand implements Runnable {

    @ParentCommand
    Main main;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "name a config command, e.g. config check");
    }
}
