package org.casewatch.cli;

import org.casewatch.app.MentionSearch;
import org.casewatch.model.Mention;
import org.casewatch.model.Person;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code casewatch match}: the watched persons a text mentions, each with its explanation. */
@Command(name = "match", mixinStandardHelpOptions = true,
        description = {"Finds watched persons in UTF-8 text files, or in standard input when no file is given.",
                "With --json, one JSON object per mention: file, person (name as in the watchlist), id, surface,"
                        + " start and end (UTF-16 offsets in the text), confidence, rule.",
                "Needs only the watchlist file."})
final class MatchTextCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Mixin
    private TextArguments input;





    @Override
    public Integer call() throws IOException {
        MentionSearch search = new MentionSearch(main.loader().loadWatchlist(input.watchlist));
        PrintWriter out = spec.commandLine().getOut();
        for (var text : input.texts().entrySet()) {
            print(search, text.getKey(), text.getValue(), out);
        }
        return ExitCodes.OK;
    }

    private void print(MentionSearch search, String file, String text, PrintWriter out) {
        for (Mention m : search.find(text)) {
            Person person = search.person(m.personId());
            if (input.json) {
                out.println(new JsonLine().put("file", file).put("person", person.name()).put("id", person.id())
                        .put("surface", m.surface()).put("start", m.start()).put("end", m.end())
                        .put("confidence", m.confidence()).put("rule", m.rule()));
            } else {
                out.printf("%s:%d: «%s» is %s (%s, confidence %.2f)%n", file, m.start(), m.surface(), person.name(),
                        m.rule(), m.confidence());
            }
        }
    }
}
