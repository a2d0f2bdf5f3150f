package org.casewatch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code casewatch digest}: the group of digest commands. */
@Command(name = "digest", mixinStandardHelpOptions = true, description = "Digest commands.",
        subcommands = {PreviewDigestCommand.class})
final class DigestCommand implements Runnable {

    @ParentCommand
    Main main;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a digest command, e.g. digest preview");
    }
}
