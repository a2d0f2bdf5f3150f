package org.casewatch.cli;

import org.casewatch.app.FeedPreview;
import org.casewatch.model.Item;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code casewatch parse}: the items casewatch would see in feeds given as files or URLs. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Reads RSS or Atom feeds from files or URLs and prints the items casewatch would see.",
                "With --json, one JSON object per line: source (the argument as given), title, link, guid,"
                        + " published (ISO-8601 or null), summary (plain text). A feed that cannot be read"
                        + " prints {\"source\": ..., \"error\": ...} and the others go on; the exit code is then 1.",
                "A feed that is not well-formed XML is read leniently and says so on standard error."})
final class ParseFeedCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "One JSON object per item, per line.")
    private boolean json;

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_URL", description = "Feed files or http(s)/file URLs.")
    private List<String> arguments;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        FeedPreview preview = new FeedPreview(main.loader().defaults(), main.environment().clock());
        int code = ExitCodes.OK;
        for (String argument : arguments) {
            FeedPreview.Result result = preview.read(argument);
            if (result.error().isPresent()) {
                code = ExitCodes.FAILED;
                out.println(json ? new JsonLine().put("source", argument).put("error", result.error().get())
                        : argument + ": error: " + result.error().get());
                continue;
            }
            // Standard error, so --json output stays one item per line.
            result.leniently().ifPresent(why -> spec.commandLine().getErr().println(argument
                    + ": not well-formed, read leniently: " + why));
            for (Item item : result.items()) {
                out.println(json ? json(argument, item) : text(argument, item));
            }
        }
        return code;
    }

    private static JsonLine json(String argument, Item item) {
        return new JsonLine().put("source", argument).put("title", item.title()).put("link", item.link())
                .put("guid", item.guid().isEmpty() ? null : item.guid())
                .put("published", item.published().map(Instant::toString).orElse(null))
                .put("summary", item.summary());
    }

    private static String text(String argument, Item item) {
        return argument + ": " + item.published().map(Instant::toString).orElse("(no date)") + "  " + item.title()
                + (item.link().isEmpty() ? "" : "\n    " + item.link());
    }
}
