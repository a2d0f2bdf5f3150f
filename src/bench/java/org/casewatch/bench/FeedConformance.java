package org.casewatch.bench;

import org.casewatch.model.Item;
import org.casewatch.parse.FeedParser;
import org.casewatch.parse.ParseResult;
import org.jsoup.Jsoup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Runs casewatch's feed parser over every XML file of Python feedparser's test suite, read from a folder given on
 * the command line (the files are never copied into the project), and prints: files read, items found, crashes
 * and timeouts, errors on files that hold items, how many were read leniently, and agreement with feedparser on
 * the entry fields the suite states (title, link, id, summary or content as plain text, dates), every difference
 * named with the reason it is kept or marked as not explained.
 * Run: {@code mvn -B -Pbench test-compile exec:exec -Dbench.main=org.casewatch.bench.FeedConformance
 * -Dbench.args=/work/shared/feedparser-tests}.
 */
public final class FeedConformance {

    private static final long TIMEOUT_SECONDS = 10;
    /** Hostile HTML bodies: feedparser states its sanitizer's output there, so they are counted apart. */
    private static final String SANITIZE = "wellformed/sanitize/";

    private FeedConformance() {
    }

    /** What one file gave: its items (possibly read leniently), or the error, crash or timeout. */
    private record Outcome(List<Item> items, boolean lenient, Optional<String> error, Optional<String> crash,
                           boolean timedOut) {
    }

    /** One stated field compared: what feedparser states, what casewatch read, and why they differ if they do. */
    private record Comparison(SuiteFile file, StatedFields.Stated stated, String casewatch, boolean agrees,
                              Optional<String> kept) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1 || args[0].isBlank()) {
            System.err.println("usage: FeedConformance FOLDER (feedparser's suite: the folder holding tests/, or"
                    + " tests/ itself), e.g. -Dbench.args=/work/shared/feedparser-tests");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        Path tests = Files.isDirectory(root.resolve("tests")) ? root.resolve("tests") : root;
        if (!Files.isDirectory(tests.resolve("wellformed"))) {
            System.err.println("not feedparser's suite (no wellformed/ folder): " + tests.toAbsolutePath());
            System.exit(2);
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(tests)) {
            paths = walk.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        FeedParser parser = new FeedParser();
        ExecutorService runner = Executors.newSingleThreadExecutor(FeedConformance::daemon);
        long started = System.nanoTime();
        Map<SuiteFile, Outcome> outcomes = new LinkedHashMap<>();
        for (Path path : paths) {
            SuiteFile file = SuiteFile.read(tests, path);
            Future<ParseResult> future = runner.submit(() -> parser.parse(file.body(), file.contentType(),
                    file.address()));
            outcomes.put(file, outcome(future));
            if (outcomes.get(file).timedOut()) {
                future.cancel(true);
                runner = Executors.newSingleThreadExecutor(FeedConformance::daemon);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        report(tests, outcomes, seconds);
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "parse");
        t.setDaemon(true);
        return t;
    }

    private static Outcome outcome(Future<ParseResult> future) throws InterruptedException {
        try {
            ParseResult result = future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (result instanceof ParseResult.Parsed p) {
                return new Outcome(p.items(), false, Optional.empty(), Optional.empty(), false);
            }
            if (result instanceof ParseResult.ReadLeniently l) {
                return new Outcome(l.items(), true, Optional.empty(), Optional.empty(), false);
            }
            return new Outcome(List.of(), false, Optional.of(((ParseResult.Unparseable) result).reason()),
                    Optional.empty(), false);
        } catch (ExecutionException e) {
            return new Outcome(List.of(), false, Optional.empty(), Optional.of(String.valueOf(e.getCause())), false);
        } catch (TimeoutException e) {
            return new Outcome(List.of(), false, Optional.empty(), Optional.empty(), true);
        }
    }

    private static void report(Path tests, Map<SuiteFile, Outcome> outcomes, double seconds) {
        int withItems = 0;
        int items = 0;
        int lenient = 0;
        List<String> crashes = new ArrayList<>();
        List<String> errorsWithItems = new ArrayList<>();
        List<String> emptyWithItems = new ArrayList<>();
        List<String> errorsWithout = new ArrayList<>();
        List<Comparison> main = new ArrayList<>();
        List<Comparison> sanitize = new ArrayList<>();
        for (Map.Entry<SuiteFile, Outcome> e : outcomes.entrySet()) {
            SuiteFile file = e.getKey();
            Outcome o = e.getValue();
            items += o.items().size();
            lenient += o.lenient() ? 1 : 0;
            withItems += file.holdsItems() ? 1 : 0;
            o.crash().ifPresent(c -> crashes.add(file.name() + ": crash: " + c));
            if (o.timedOut()) {
                crashes.add(file.name() + ": no result within " + TIMEOUT_SECONDS + " s");
            }
            if (file.holdsItems() && o.error().isPresent()) {
                errorsWithItems.add(file.name() + ": " + o.error().get());
            } else if (o.error().isPresent()) {
                errorsWithout.add(file.name() + ": " + o.error().get());
            }
            if (file.holdsItems() && o.error().isEmpty() && o.crash().isEmpty() && !o.timedOut()
                    && o.items().isEmpty()) {
                emptyWithItems.add(file.name());
            }
            for (StatedFields.Stated stated : StatedFields.of(file.expect())) {
                (file.name().startsWith(SANITIZE) ? sanitize : main).add(compare(file, o, stated));
            }
        }
        System.out.printf("feedparser's suite: %s%n", tests.toAbsolutePath().normalize());
        System.out.printf("files read                        %5d  (%.1f s)%n", outcomes.size(), seconds);
        System.out.printf("files that hold items             %5d%n", withItems);
        System.out.printf("items found                       %5d%n", items);
        System.out.printf("files read leniently              %5d%n", lenient);
        System.out.printf("crashes or timeouts (%d s)         %5d%n", TIMEOUT_SECONDS, crashes.size());
        crashes.forEach(c -> System.out.println("    " + c));
        System.out.printf("errors on files that hold items   %5d%n", errorsWithItems.size());
        errorsWithItems.forEach(c -> System.out.println("    " + c));
        System.out.printf("files that hold items but gave none %5d%n", emptyWithItems.size());
        emptyWithItems.forEach(c -> System.out.println("    " + c));
        System.out.printf("errors on files without items     %5d  (feed-level tests: empty, not a feed, refused)%n",
                errorsWithout.size());
        errorsWithout.forEach(c -> System.out.println("    " + shorten(c)));
        System.out.println();
        agreement("stated entry fields (all folders but " + SANITIZE + ")", main, true);
        System.out.println();
        agreement("stated entry fields in " + SANITIZE + " (sanitizer output, markup compared as plain text)",
                sanitize, false);
    }

    private static void agreement(String title, List<Comparison> comparisons, boolean listAll) {
        Map<String, Boolean> files = new TreeMap<>();
        Map<StatedFields.Field, int[]> byField = new EnumMap<>(StatedFields.Field.class);
        int agree = 0;
        for (Comparison c : comparisons) {
            files.merge(c.file().name(), c.agrees(), Boolean::logicalAnd);
            int[] counts = byField.computeIfAbsent(c.stated().field(), f -> new int[2]);
            counts[0] += c.agrees() ? 1 : 0;
            counts[1]++;
            agree += c.agrees() ? 1 : 0;
        }
        long filesAgree = files.values().stream().filter(b -> b).count();
        System.out.println(title);
        System.out.printf("  files        %4d of %4d agree on every stated field (%s)%n", filesAgree, files.size(),
                percent(filesAgree, files.size()));
        System.out.printf("  fields       %4d of %4d (%s)%n", agree, comparisons.size(),
                percent(agree, comparisons.size()));
        byField.forEach((field, n) -> System.out.printf("    %-10s %4d of %4d%n", field.name().toLowerCase(), n[0],
                n[1]));
        Map<String, List<Comparison>> byReason = new TreeMap<>();
        for (Comparison c : comparisons) {
            if (!c.agrees()) {
                byReason.computeIfAbsent(c.kept().orElse("~ not explained"), k -> new ArrayList<>()).add(c);
            }
        }
        System.out.println("  differences");
        byReason.forEach((reason, list) -> {
            System.out.printf("    %s: %d%n", reason, list.size());
            list.stream().limit(listAll ? Long.MAX_VALUE : 50).forEach(c -> System.out.printf(
                    "      %s entries[%d].%s: feedparser «%s», casewatch «%s»%n", c.file().name(), c.stated().entry(),
                    c.stated().name(), shorten(String.valueOf(c.stated().value())), shorten(c.casewatch())));
        });
    }

    private static Comparison compare(SuiteFile file, Outcome o, StatedFields.Stated stated) {
        if (stated.entry() >= o.items().size()) {
            String got = o.error().map(e -> "error: " + e).orElse("no entry " + stated.entry());
            return new Comparison(file, stated, got, false,
                    KeptDifferences.reason(file, stated, Optional.empty(), got));
        }
        Item item = o.items().get(stated.entry());
        String got = switch (stated.field()) {
            case TITLE -> item.title();
            case LINK -> item.link();
            case ID -> item.guid();
            case SUMMARY, CONTENT -> item.summary();
            case PUBLISHED, UPDATED -> item.published().map(Instant::toString).orElse("");
        };
        boolean agrees = switch (stated.field()) {
            case PUBLISHED, UPDATED -> got.equals(stated.value().toString());
            case LINK, ID -> got.equals(((String) stated.value()).strip());
            default -> plainText((String) stated.value()).contains(collapse(got));
        };
        return new Comparison(file, stated, got, agrees,
                agrees ? Optional.empty() : KeptDifferences.reason(file, stated, Optional.of(item), got));
    }

    /** feedparser's value as plain text: markup dropped, entities decoded, spaces collapsed; both readings. */
    private static List<String> plainText(String value) {
        return List.of(collapse(Jsoup.parseBodyFragment(value).body().text()), collapse(value));
    }

    private static String collapse(String s) {
        return s.replaceAll("[\\s\\u00a0]+", " ").strip();
    }

    private static String percent(long n, long of) {
        return of == 0 ? "n/a" : String.format("%.1f%%", 100.0 * n / of);
    }

    private static String shorten(String s) {
        String flat = s.replace("\n", "\\n");
        return flat.length() > 110 ? flat.substring(0, 107) + "..." : flat;
    }
}
