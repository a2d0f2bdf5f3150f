package org.casewatch.cli;

import org.casewatch.app.HearingSearch;
import org.casewatch.model.FoundHearing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code casewatch dates}: the hearing dates a text states for watched persons. */
@Command(name = "dates", mixinStandardHelpOptions = true,
        description = {"Finds hearing dates stated for watched persons in UTF-8 text files, or in standard input"
                + " when no file is given.",
                "With --json, one JSON object per hearing: file, person (name as in the watchlist), date"
                        + " (YYYY-MM-DD, or null with month_day MM-DD when the text gives no year and no"
                        + " --published date allows inferring it), time (HH:MM or null), kind, status, sentence.",
                "Needs only the watchlist file."})
final class FindDatesCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Mixin
    private TextArguments input;


    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date of the texts: years left out are inferred from it, and past from future.")
    private LocalDate published;




    @Override
    public Integer call() throws IOException {
        var persons = main.loader().loadWatchlist(input.watchlist);
        HearingSearch search = new HearingSearch(persons);
        PrintWriter out = spec.commandLine().getOut();
        for (var text : input.texts().entrySet()) {
            for (FoundHearing h : search.find(text.getValue(), Optional.ofNullable(published))) {
                String name = persons.stream().filter(p -> p.id().equals(h.personId())).findFirst().orElseThrow().name();
                String time = h.time().map(LocalTime::toString).orElse(null);
                if (input.json) {
                    JsonLine line = new JsonLine().put("file", text.getKey()).put("person", name)
                            .put("date", h.date().map(LocalDate::toString).orElse(null));
                    if (h.date().isEmpty()) {
                        line.put("month_day", String.format("%02d-%02d", h.monthDay().getMonthValue(),
                                h.monthDay().getDayOfMonth()));
                    }
                    out.println(line.put("time", time).put("kind", h.kind().label()).put("status", h.status().label())
                            .put("sentence", h.sentence()));
                } else {
                    out.printf("%s: %s %s%s %s (%s): %s%n", text.getKey(), name,
                            h.date().map(LocalDate::toString).orElse("--" + h.monthDay().toString().substring(2)),
                            time == null ? "" : " " + time, h.kind().label(), h.status().label(), h.sentence());
                }
            }
        }
        return ExitCodes.OK;
    }
}
