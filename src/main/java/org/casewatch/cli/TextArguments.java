package org.casewatch.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The arguments shared by the commands that read texts against a watchlist: match and dates. */
final class TextArguments {

    @Option(names = "--watchlist", paramLabel = "FILE", defaultValue = "config/watchlist.yaml",
            description = "Watchlist file (default: ${DEFAULT-VALUE} under the home).")
    Path watchlist;

    @Option(names = "--json", description = "One JSON object per line.")
    boolean json;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "UTF-8 text files; standard input when none.")
    List<Path> files = List.of();

    /** The texts by name as given ("-" for standard input). */
    Map<String, String> texts() throws IOException {
        return TextInput.read(files, System.in);
    }
}
