package org.casewatch.cli;

import org.casewatch.app.Console;
import org.casewatch.config.Config;
import org.casewatch.config.WebSettingsReader;
import org.casewatch.model.WebSettings;
import org.casewatch.web.ConsoleServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code casewatch web}: serves the staff console from the same database as the daemon, until stopped. */
@Command(name = "web", mixinStandardHelpOptions = true,
        description = {"Serves the staff console (sign in by email link, follow cases, review what casewatch found)"
                + " from the same database as the daemon, until stopped with SIGTERM or Ctrl-C.",
                "Put it behind a TLS reverse proxy and set web.base_url to reach it from other machines (README)."})
final class RunConsoleCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Option(names = "--listen", paramLabel = "HOST:PORT",
            description = "Address to listen on (default: web.listen in casewatch.yaml, else 127.0.0.1:8080).")
    private String listen;

    @Override
    public Integer call() {
        Config config = main.loadConfig();
        WebSettings web = config.settings().web();
        WebSettings.Listen at = listen == null ? web.listen().orElse(WebSettings.Listen.DEFAULT)
                : WebSettingsReader.parseListen(listen).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "--listen: '" + listen + "' is not HOST:PORT, e.g. 127.0.0.1:8080"));
        if (!WebSettingsReader.isLoopback(at.host()) && web.baseUrl().isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--listen " + at + " is not a loopback address:"
                    + " set web.base_url in casewatch.yaml to the address people open (see README, the console)");
        }
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            await(stopped);
        }, "casewatch-console-shutdown"));
        try (Console console = Console.open(config, main.environment().clock(), main.environment().variables());
             ConsoleServer server = ConsoleServer.start(console, at)) {
            out.printf("casewatch console at %s (listening on %s); stop with Ctrl-C or SIGTERM%n", server.baseUrl(), at);
            out.flush();
            await(stop);
        } finally {
            stopped.countDown();
        }
        out.println("casewatch console stopped");
        return ExitCodes.OK;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
