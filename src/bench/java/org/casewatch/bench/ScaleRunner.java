package org.casewatch.bench;

import com.sun.management.OperatingSystemMXBean;
import org.casewatch.app.Casewatch;
import org.casewatch.config.Config;
import org.casewatch.config.ConfigLoader;
import org.casewatch.model.CycleReport;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The casewatch process of {@link ScaleHarness}: opens casewatch on a home directory as {@code casewatch run}
 * does (the same composition root), then runs one full cycle, every source polled, for each line "cycle" on
 * standard input, so that later cycles run in a warm JVM as the daemon's do. Prints one line per cycle:
 * {@code cycle <wall s> <cpu s> <polled> <failed> <not modified> <new items> <mentions> <alerts> <delivered>
 * <busy>}, where busy counts the sources that failed on SQLite's "database is locked" (SQLITE_BUSY).
 */
public final class ScaleRunner {

    private ScaleRunner() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long started = System.nanoTime();
        Config config = new ConfigLoader(home, System.getenv()).load(home.resolve("config"));
        try (Casewatch app = Casewatch.open(config, Clock.systemUTC(), System.getenv());
             BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            System.out.printf("ready %.2f %.2f%n", (System.nanoTime() - started) / 1e9, os.getProcessCpuTime() / 1e9);
            System.out.flush();
            for (String line = in.readLine(); line != null && line.equals("cycle"); line = in.readLine()) {
                long cpu = os.getProcessCpuTime();
                long start = System.nanoTime();
                CycleReport r = app.runOnce();
                long busy = r.sources().stream().map(s -> s.error().orElse(""))
                        .filter(e -> e.contains("SQLITE_BUSY") || e.contains("database is locked")).count();
                System.out.printf("cycle %.2f %.2f %d %d %d %d %d %d %d %d%n", (System.nanoTime() - start) / 1e9,
                        (os.getProcessCpuTime() - cpu) / 1e9, r.polled(), r.failed(), r.notModified(), r.newItems(),
                        r.mentions(), r.queued(), r.delivery().delivered(), busy);
                System.out.flush();
            }
        }
    }
}
