package org.casewatch.bench;

import org.casewatch.match.PersonMatcher;
import org.casewatch.model.Person;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;

/** The time to compile a watchlist into a matcher, as the daemon does once at start-up. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
public class CompileBenchmark {

    @Param({"50", "1000", "10000"})
    public int persons;

    private List<Person> watchlist;

    @Setup
    public void setUp() {
        watchlist = SyntheticWatchlist.of(persons, MatcherBenchmark.SEED);
    }

    @Benchmark
    public PersonMatcher compile() {
        return new PersonMatcher(watchlist);
    }
}
