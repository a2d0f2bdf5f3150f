package org.casewatch.cli;

import org.casewatch.app.Casewatch;
import org.casewatch.config.Config;
import org.casewatch.model.DatabaseSettings;
import org.casewatch.model.Source;
import org.casewatch.model.SourceHealth;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code casewatch sources}: each configured source with its health as the database records it, and with several
 * nodes on PostgreSQL, the node that polled it last.
 */
@Command(name = "sources", mixinStandardHelpOptions = true,
        description = "Lists each configured source with its health: last success, consecutive failures,"
                + " next poll, the node that polled it last (several nodes on PostgreSQL) and last error."
                + " A feed that is not well-formed but was read leniently shows as lenient."
                + " Exits 1 if any source is failing.")
final class ListSourcesCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Config config = main.loadConfig();
        ZoneId zone = config.settings().zone();
        PrintWriter out = spec.commandLine().getOut();
        try (Casewatch app = Casewatch.open(config, main.environment().clock(), main.environment().variables())) {
            Map<String, SourceHealth> health = app.health().stream()
                    .collect(Collectors.toMap(SourceHealth::sourceId, Function.identity()));
            boolean nodes = config.settings().database() instanceof DatabaseSettings.Postgres;
            out.printf("%-24s %-5s %-8s %-16s %-8s %-16s " + (nodes ? "%-16s " : "%s") + "%s%n", "SOURCE", "TYPE",
                    "STATE", "LAST SUCCESS", "FAILURES", "NEXT POLL", nodes ? "POLLED BY" : "", "LAST ERROR");
            int failing = 0;
            for (Source s : config.sources()) {
                Optional<SourceHealth> h = Optional.ofNullable(health.get(s.id()));
                int failures = h.map(SourceHealth::consecutiveFailures).orElse(0);
                failing += failures > 0 && s.enabled() ? 1 : 0;
                Optional<String> lenient = h.flatMap(SourceHealth::lenientError);
                String state = !s.enabled() ? "disabled" : h.isEmpty() ? "new" : failures > 0 ? "FAILING"
                        : lenient.isPresent() ? "lenient" : "ok";
                // A lenient source works; the last column says why its feed needed the lenient reading.
                String note = h.flatMap(SourceHealth::lastError)
                        .or(() -> lenient.map(e -> "read leniently: " + e)).orElse("");
                String polledBy = nodes ? "%-16s ".formatted(h.flatMap(SourceHealth::polledBy).orElse("-")) : "";
                out.printf("%-24s %-5s %-8s %-16s %-8d %-16s %s%s%n", s.id(), s.kind().label(), state,
                        when(h.flatMap(SourceHealth::lastSuccessAt), zone),
                        failures, when(h.flatMap(SourceHealth::nextPollAt), zone), polledBy, note);
            }
            out.printf("times in %s; %d of %d sources failing%n", zone.getId(), failing, config.sources().size());
            return failing > 0 ? ExitCodes.FAILED : ExitCodes.OK;
        }
    }

    private static String when(Optional<Instant> at, ZoneId zone) {
        return at.map(i -> WHEN.format(i.atZone(zone))).orElse("never");
    }
}
