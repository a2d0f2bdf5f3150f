package org.casewatch.cli;

import org.casewatch.app.Casewatch;
import org.casewatch.config.Config;
import org.casewatch.model.DatabaseSettings;
import org.casewatch.model.NodeStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code casewatch cluster}: the nodes sharing the PostgreSQL database, their last check-in and what each holds. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Lists the nodes that share the PostgreSQL database (seen in the last 7 days): alive or not, "
                + "last check-in, and the sources, messages and tasks each holds now. Exits 1 if no node is alive.")
final class ListNodesCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Config config = main.loadConfig();
        PrintWriter out = spec.commandLine().getOut();
        if (config.settings().database() instanceof DatabaseSettings.Sqlite sqlite) {
            out.printf("one machine: the SQLite database %s has no other nodes (several nodes share a PostgreSQL "
                    + "database; see README, Two or three nodes)%n", sqlite.file());
            return ExitCodes.OK;
        }
        ZoneId zone = config.settings().zone();
        try (Casewatch app = Casewatch.open(config, main.environment().clock(), main.environment().variables())) {
            List<NodeStatus> nodes = app.nodes();
            out.printf("%-20s %-6s %-19s %-19s %s%n", "NODE", "STATE", "STARTED", "LAST CHECK-IN", "HOLDS");
            int alive = 0;
            for (NodeStatus n : nodes) {
                alive += n.alive() ? 1 : 0;
                String state = n.alive() ? "alive" : n.stoppedAt().isPresent() ? "left" : "DEAD";
                out.printf("%-20s %-6s %-19s %-19s %s%n", n.node().name(), state, when(n.startedAt(), zone),
                        when(n.checkedInAt(), zone), holds(n));
            }
            out.printf("times in %s; %d of %d nodes alive (a node is dead when it has not checked in for 20 s)%n",
                    zone.getId(), alive, nodes.size());
            return alive > 0 ? ExitCodes.OK : ExitCodes.FAILED;
        }
    }

    private static String holds(NodeStatus n) {
        List<String> parts = new ArrayList<>();
        if (!n.sources().isEmpty()) {
            parts.add(n.sources().size() + " source" + (n.sources().size() == 1 ? "" : "s") + " ("
                    + String.join(", ", n.sources()) + ")");
        }
        if (n.messages() > 0) {
            parts.add(n.messages() + " message" + (n.messages() == 1 ? "" : "s"));
        }
        n.tasks().forEach(t -> parts.add("task " + t));
        return parts.isEmpty() ? "nothing" : String.join(", ", parts);
    }

    private static String when(Instant at, ZoneId zone) {
        return WHEN.format(at.atZone(zone));
    }
}
