package org.casewatch.cli;

import org.casewatch.app.Casewatch;
import org.casewatch.config.Config;
import org.casewatch.model.HearingEvent;
import org.casewatch.model.StoredHearing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code casewatch hearings}: the hearings casewatch knows, as a list, JSON lines, or an iCalendar file. */
@Command(name = "hearings", mixinStandardHelpOptions = true,
        description = {"Lists the hearings casewatch knows: from the watchlist (confirmed) and found in the news.",
                "With --ics FILE, writes them as an RFC 5545 calendar with stable UIDs, so calendar apps update"
                        + " events instead of duplicating them."})
final class ListHearingsCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Option(names = "--from", paramLabel = "DATE", description = "First day (YYYY-MM-DD; default: today).")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day (YYYY-MM-DD; default: a year after --from).")
    private LocalDate to;

    @Option(names = "--json", description = "One JSON object per hearing, per line.")
    private boolean json;

    @Option(names = "--ics", paramLabel = "FILE", description = "Write an iCalendar file instead of listing.")
    private Path ics;

    @Override
    public Integer call() throws IOException {
        Config config = main.loadConfig();
        LocalDate first = from != null ? from : main.environment().clock().instant().atZone(config.settings().zone())
                .toLocalDate();
        LocalDate last = to != null ? to : first.plusYears(1);
        PrintWriter out = spec.commandLine().getOut();
        try (Casewatch app = Casewatch.open(config, main.environment().clock(), main.environment().variables())) {
            List<HearingEvent> events = app.hearings(first, last);
            if (ics != null) {
                Files.writeString(ics, app.calendar(events, main.environment().clock().instant()), StandardCharsets.UTF_8);
                out.printf("wrote %d hearing%s to %s%n", events.size(), events.size() == 1 ? "" : "s", ics);
                return ExitCodes.OK;
            }
            for (HearingEvent e : events) {
                StoredHearing h = e.hearing();
                String time = h.time().map(LocalTime::toString).orElse(null);
                if (json) {
                    out.println(new JsonLine().put("person", e.personName()).put("id", h.personId())
                            .put("date", h.date().toString()).put("time", time).put("kind", h.kind().label())
                            .put("status", h.status().label()).put("origin", h.confirmed() ? "config" : "found")
                            .put("court", h.court()).put("sentence", h.evidence().orElse(null))
                            .put("link", h.link().orElse(null)));
                } else {
                    out.printf("%s %-5s %-20s %-9s %-9s %s%s%n", h.date(), time == null ? "" : time, e.personName(),
                            h.kind().label(), h.status().label(), h.confirmed() ? "confirmed" : "found",
                            h.link().map(l -> "  " + l).orElse(""));
                }
            }
            if (!json) {
                out.printf("%d hearing%s from %s to %s%n", events.size(), events.size() == 1 ? "" : "s", first, last);
            }
            return ExitCodes.OK;
        }
    }
}
