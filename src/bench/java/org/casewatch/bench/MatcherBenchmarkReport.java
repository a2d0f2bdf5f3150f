package org.casewatch.bench;

import org.casewatch.model.Person;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the JMH benchmarks and prints what docs/benchmarks.md reports: throughput in MB/s per core for each
 * engine and watchlist size, casewatch's throughput as a ratio to the others, and the compile time.
 * Run with {@code mvn -B -Pbench test-compile exec:exec}.
 */
public final class MatcherBenchmarkReport {

    private static final int[] SIZES = {50, 1000, 10000};
    private static final String[] ENGINES = {"casewatch", "regex", "lucene"};

    private MatcherBenchmarkReport() {
    }

    public static void main(String[] args) throws RunnerException {
        Options matching = new OptionsBuilder().include(MatcherBenchmark.class.getSimpleName())
                .forks(1).threads(1).warmupIterations(3).warmupTime(TimeValue.seconds(2))
                .measurementIterations(5).measurementTime(TimeValue.seconds(2)).timeUnit(TimeUnit.SECONDS).build();
        Map<String, RunResult> results = new HashMap<>();
        for (RunResult r : new Runner(matching).run()) {
            results.put(r.getParams().getParam("engine") + "/" + r.getParams().getParam("persons"), r);
        }
        Options compiling = new OptionsBuilder().include(CompileBenchmark.class.getSimpleName())
                .forks(1).warmupIterations(3).measurementIterations(10).timeUnit(TimeUnit.MILLISECONDS).build();
        Collection<RunResult> compile = new Runner(compiling).run();

        System.out.println();
        System.out.println("Matching throughput, MB/s of UTF-8 text on one thread (JMH mean ± 99.9% error):");
        System.out.printf("%-10s %22s %22s %22s%n", "persons", "casewatch", "regex per name", "lucene monitor");
        Map<String, Double> mbs = new HashMap<>();
        for (int size : SIZES) {
            long bytes = MatcherBenchmark.bytesPerOperation(size);
            StringBuilder line = new StringBuilder(String.format("%-10d", size));
            for (String engine : ENGINES) {
                RunResult r = results.get(engine + "/" + size);
                double score = r.getPrimaryResult().getScore() * bytes / 1e6;
                double error = r.getPrimaryResult().getScoreError() * bytes / 1e6;
                mbs.put(engine + "/" + size, score);
                line.append(String.format(" %13.2f ± %6.2f", score, error));
            }
            System.out.println(line);
        }
        System.out.println();
        System.out.println("casewatch as a ratio:");
        for (int size : SIZES) {
            double ours = mbs.get("casewatch/" + size);
            System.out.printf("%-10d x%.1f regex per name, x%.1f lucene monitor%n", size,
                    ours / mbs.get("regex/" + size), ours / mbs.get("lucene/" + size));
        }
        System.out.printf("10000 persons vs 50: %.2f of the throughput%n",
                mbs.get("casewatch/10000") / mbs.get("casewatch/50"));
        System.out.println();
        System.out.println("Compiling the watchlist (ms, mean of single shots):");
        for (RunResult r : compile) {
            System.out.printf("%-10s %10.1f ± %.1f%n", r.getParams().getParam("persons"),
                    r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError());
        }
        System.out.println();
        System.out.println("Found in the same 40 texts at 1000 persons (casewatch and regex count mentions; the"
                + " Lucene monitor counts persons matched per text):");
        List<Person> watchlist = SyntheticWatchlist.of(1000, MatcherBenchmark.SEED);
        List<String> texts = SyntheticArticles.of(watchlist, MatcherBenchmark.TEXTS, MatcherBenchmark.SEED);
        for (String engine : ENGINES) {
            try (MatchEngine e = MatchEngine.of(engine, watchlist)) {
                System.out.printf("%-16s %d%n", engine, texts.stream().mapToInt(e::count).sum());
            }
        }
    }
}
