package org.casewatch.cli;

import org.casewatch.config.Config;
import org.casewatch.config.ConfigException;
import org.casewatch.config.ConfigLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;

/** The {@code casewatch} command: global options, the subcommands, and the mapping of errors to exit codes. */
@Command(name = "casewatch", mixinStandardHelpOptions = true, version = "casewatch 0.1.0",
        description = "Watches news feeds, court and parliament pages for the cases of political prisoners "
                + "and emails the staff who follow them.",
        subcommands = {RunDaemonCommand.class, RunDemoCommand.class, ConfigCommand.class, ListSourcesCommand.class,
                ParseFeedCommand.class, MatchTextCommand.class, FindDatesCommand.class, ListHearingsCommand.class,
                ListSubscribersCommand.class, DigestCommand.class, RunConsoleCommand.class, ListNodesCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the command ran but something failed (e.g. a source could not be read)",
                "2:invalid command line", "3:the configuration has problems; nothing was run"})
public final class Main implements Runnable {

    @Option(names = "--home", defaultValue = "${env:CASEWATCH_HOME:-.}", paramLabel = "DIR",
            description = "Directory holding config/, feeds/ and var/ (default: $CASEWATCH_HOME or the current directory).")
    Path home;

    @Option(names = {"-c", "--config"}, defaultValue = "config", paramLabel = "DIR",
            description = "Configuration directory, relative to the home (default: ${DEFAULT-VALUE}).")
    Path configDir;

    @Spec
    private CommandSpec spec;

    private final Environment environment;

    Main(Environment environment) {
        this.environment = environment;
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                Environment.system()));
    }

    static int execute(String[] args, PrintWriter out, PrintWriter err, Environment environment) {
        CommandLine cli = new CommandLine(new Main(environment));
        // The default of --config is "config", which is also a command name.
        cli.setAllowSubcommandsAsOptionParameters(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof ConfigException config) {
                err.println("casewatch: the configuration has " + config.problems().size() + " problem"
                        + (config.problems().size() == 1 ? "" : "s") + ":");
                config.problems().forEach(p -> err.println("  " + p));
                return ExitCodes.CONFIG;
            }
            err.println("casewatch: " + e.getMessage());
            return ExitCodes.FAILED;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command; see casewatch --help");
    }

    Environment environment() {
        return environment;
    }

    ConfigLoader loader() {
        return new ConfigLoader(home, environment.variables());
    }

    Config loadConfig(Path dir) {
        return loader().load(dir);
    }

    Config loadConfig() {
        return loadConfig(configDir);
    }
}
