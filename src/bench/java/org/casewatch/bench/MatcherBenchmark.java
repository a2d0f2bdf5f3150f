package org.casewatch.bench;

import org.casewatch.model.Person;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Matching throughput: one operation matches the same 40 article-sized texts against the watchlist. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
public class MatcherBenchmark {

    static final int TEXTS = 40;
    static final long SEED = 20261123L;

    @Param({"50", "1000", "10000"})
    public int persons;

    @Param({"casewatch", "regex", "lucene"})
    public String engine;

    private List<String> texts;
    private MatchEngine matcher;

    @Setup(Level.Trial)
    public void setUp() {
        List<Person> watchlist = SyntheticWatchlist.of(persons, SEED);
        texts = SyntheticArticles.of(watchlist, TEXTS, SEED);
        matcher = MatchEngine.of(engine, watchlist);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        matcher.close();
    }

    @Benchmark
    public int match() {
        int found = 0;
        for (String text : texts) {
            found += matcher.count(text);
        }
        return found;
    }

    /** Bytes (UTF-8) one operation reads, for turning operations per second into MB/s. */
    static long bytesPerOperation(int persons) {
        return SyntheticArticles.of(SyntheticWatchlist.of(persons, SEED), TEXTS, SEED).stream()
                .mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    }
}
