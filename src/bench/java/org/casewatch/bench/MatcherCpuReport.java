package org.casewatch.bench;

import org.casewatch.match.PersonMatcher;
import org.casewatch.model.Person;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The matcher's throughput per second of CPU time of the matching thread, on the JMH benchmark's texts and
 * watchlists. On a shared machine, where other processes take the cores, wall-clock figures (JMH's) vary
 * several-fold between runs; the thread's own CPU time does not, so this is the figure to compare two
 * versions of the matcher by. Run with
 * {@code mvn -B -Pbench test-compile exec:exec -Dbench.main=org.casewatch.bench.MatcherCpuReport}.
 */
public final class MatcherCpuReport {

    private static final int[] SIZES = {50, 1000, 10000};
    private static final int WARM_UP_ROUNDS = 30;
    private static final int ROUNDS = 60;

    private MatcherCpuReport() {
    }

    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.println("Matching throughput, MB of UTF-8 text per CPU second of the matching thread:");
        for (int size : SIZES) {
            List<Person> watchlist = SyntheticWatchlist.of(size, MatcherBenchmark.SEED);
            List<String> texts = SyntheticArticles.of(watchlist, MatcherBenchmark.TEXTS, MatcherBenchmark.SEED);
            long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
            PersonMatcher matcher = new PersonMatcher(watchlist);
            long found = 0;
            for (int i = 0; i < WARM_UP_ROUNDS; i++) {
                found += run(matcher, texts);
            }
            double[] perRound = new double[ROUNDS];
            for (int i = 0; i < ROUNDS; i++) {
                long start = threads.getCurrentThreadCpuTime();
                found += run(matcher, texts);
                perRound[i] = bytes / 1e6 / ((threads.getCurrentThreadCpuTime() - start) / 1e9);
            }
            java.util.Arrays.sort(perRound);
            System.out.printf("%-8d median %6.2f MB/s, quartiles %6.2f to %6.2f (%d rounds of %d texts, %d found)%n",
                    size, perRound[ROUNDS / 2], perRound[ROUNDS / 4], perRound[3 * ROUNDS / 4], ROUNDS, texts.size(),
                    found);
        }
    }

    private static int run(PersonMatcher matcher, List<String> texts) {
        int found = 0;
        for (String text : texts) {
            found += matcher.find(text).size();
        }
        return found;
    }
}
