package org.casewatch.cli;

import org.casewatch.app.Casewatch;
import org.casewatch.app.Console;
import org.casewatch.config.Config;
import org.casewatch.web.ConsoleServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** {@code casewatch run}: the daemon, or with {@code --once} a single full cycle and its summary. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Polls the configured sources on their schedules, matches the watchlist and sends alerts,"
                + " until stopped with SIGTERM or Ctrl-C (the cycle in progress is finished first).",
                "With --once: polls every source now, delivers, prints a summary and exits."})
final class RunDaemonCommand implements Callable<Integer> {

    private static final Duration SHUTDOWN_GRACE = Duration.ofMinutes(2);

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Option(names = "--once", description = "Run one full cycle and exit.")
    private boolean once;

    @Override
    public Integer call() throws Exception {
        Config config = main.loadConfig();
        PrintWriter out = spec.commandLine().getOut();
        if (once) {
            return runOnce(main, config, main.environment().clock(), out,
                    "casewatch: one cycle over " + config.sources().size() + " sources");
        }
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            awaitQuietly(stopped, SHUTDOWN_GRACE);
        }, "casewatch-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try (Casewatch app = Casewatch.open(config, main.environment().clock(), main.environment().variables());
             AutoCloseable console = console(config, out)) {
            out.printf("casewatch running: %d sources, %d staff, tick %ss; stop with Ctrl-C or SIGTERM%n",
                    config.sources().size(), config.staff().size(), config.settings().schedule().tick().toSeconds());
            out.flush();
            app.runUntil(() -> awaitQuietly(stop, null));
        } finally {
            stopped.countDown();
        }
        out.println("casewatch stopped");
        return ExitCodes.OK;
    }

    /** The staff console beside the daemon when {@code web.listen} is set; nothing to close otherwise. */
    private AutoCloseable console(Config config, PrintWriter out) {
        if (config.settings().web().listen().isEmpty()) {
            return () -> { };
        }
        Console console = Console.open(config, main.environment().clock(), main.environment().variables());
        try {
            ConsoleServer server = ConsoleServer.start(console, config.settings().web().listen().get());
            out.printf("casewatch console at %s%n", server.baseUrl());
            return () -> {
                try (console) {
                    server.close();
                }
            };
        } catch (RuntimeException e) {
            console.close();
            throw e;
        }
    }

    static int runOnce(Main main, Config config, Clock clock, PrintWriter out, String heading) {
        try (Casewatch app = Casewatch.open(config, clock, main.environment().variables())) {
            long start = System.nanoTime();
            var report = app.runOnce();
            double seconds = (System.nanoTime() - start) / 1e9;
            out.println(heading);
            CycleSummary.print(report, out);
            out.printf("  took     %.1f s%n", seconds);
            return ExitCodes.OK;
        }
    }

    private static void awaitQuietly(CountDownLatch latch, Duration limit) {
        try {
            if (limit == null) {
                latch.await();
            } else {
                latch.await(limit.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
