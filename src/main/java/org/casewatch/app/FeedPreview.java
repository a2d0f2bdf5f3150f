package org.casewatch.app;

import org.casewatch.model.Item;
import org.casewatch.model.Settings;
import org.casewatch.parse.FeedParser;
import org.casewatch.parse.PageParser;
import org.casewatch.pipeline.ItemReader;
import org.casewatch.pipeline.SourceRead;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads feeds named on the command line, with no configuration and no database, for {@code casewatch parse}. */
public final class FeedPreview {

    /**
     * What one argument yielded: its items, or why there are none.
     *
     * @param leniently why the strict reading refused the feed, when its items come from the lenient reading
     */
    public record Result(String argument, List<Item> items, Optional<String> error, Optional<String> leniently) {
    }

    private final ItemReader reader;

    public FeedPreview(Settings settings, Clock clock) {
        this.reader = new ItemReader(Casewatch.fetcher(settings, clock), new FeedParser(), new PageParser(settings.zone()));
    }

    public Result read(String argument) {
        SourceRead read = reader.readFeed(toUrl(argument));
        if (read instanceof SourceRead.Items items) {
            return new Result(argument, items.items(), Optional.empty(), items.leniently());
        }
        if (read instanceof SourceRead.Failure failure) {
            return new Result(argument, List.of(), Optional.of(failure.reason()), Optional.empty());
        }
        return new Result(argument, List.of(), Optional.of("not modified"), Optional.empty());
    }

    private static String toUrl(String argument) {
        String lower = argument.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("file:/")) {
            return argument;
        }
        // A plain path, or file:relative/path, is taken relative to the working directory.
        String path = lower.startsWith("file:") ? argument.substring("file:".length()) : argument;
        return Path.of(path).toAbsolutePath().normalize().toUri().toString();
    }
}
