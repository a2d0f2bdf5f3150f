package org.casewatch.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Serves 1,000 feeds from a local server that answers each request after 100 ms, spread over 250 loopback
 * addresses (so the per-host limits apply per feed host as in real life), and runs full poll cycles of a
 * casewatch process ({@link ScaleRunner}, a separate JVM): the first reads every feed in a fresh JVM; then every
 * feed publishes twenty new items and a second cycle, in the now warm JVM, reads them all; a third gets a 304 for
 * each; then casewatch is restarted and a fourth cycle, in a fresh JVM again, gets 304s. Prints each cycle's wall
 * time against the ideal (1,000 x 0.1 s / concurrency), the CPU time of casewatch and of the feed server, the
 * peak RSS of the casewatch process so far, and casewatch's counts.
 * Run: {@code mvn -B -Pbench test-compile exec:exec -Dbench.main=org.casewatch.bench.ScaleHarness}.
 */
public final class ScaleHarness {

    private static final int SOURCES = 1000;
    private static final int CONCURRENCY = 32;
    /** The launcher's heap for the daemon. */
    private static final String XMX = "160m";
    private static final int LATENCY_MS = 100;
    /** Feeds are spread over this many loopback addresses, so the per-host limit applies as on the internet. */
    private static final int HOSTS = 250;
    /** casewatch's default; {@code CASEWATCH_BENCH_PER_HOST_DELAY=0s} measures the cycles without politeness. */
    private static final String PER_HOST_DELAY = System.getenv().getOrDefault("CASEWATCH_BENCH_PER_HOST_DELAY", "1s");
    private static final String ROW = "%-34s %8s %8s %8s %8s %8s  %s%n";

    private ScaleHarness() {
    }

    public static void main(String[] args) throws Exception {
        try (FeedServer server = new FeedServer(HOSTS, LATENCY_MS, ScaleHarness::feed)) {
            Path home = Files.createTempDirectory("casewatch-scale");
            configure(home, server.port());
            String extra = System.getenv().getOrDefault("CASEWATCH_BENCH_JVM_ARGS", "").strip();
            System.out.printf("%d sources on %d loopback hosts, %d ms latency each, max_concurrency %d, "
                    + "per_host_concurrency 2, per_host_delay %s; casewatch JVM: -Xmx%s %s%n", SOURCES, HOSTS, LATENCY_MS,
                    CONCURRENCY, PER_HOST_DELAY, XMX, extra);
            double ideal = SOURCES * LATENCY_MS / 1000.0 / CONCURRENCY;
            System.out.printf("ideal cycle: %.1f s (target: within 1.5x, %.1f s)%n%n", ideal, ideal * 1.5);

            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx" + XMX));
            // Extra JVM options for the casewatch process, e.g. a flight recording to profile it.
            if (!extra.isEmpty()) {
                command.addAll(List.of(extra.split("\\s+")));
            }
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), ScaleRunner.class.getName(),
                    home.toString()));
            System.out.printf(ROW, "cycle", "cycle s", "x ideal", "cpu s", "server", "RSS MB",
                    "polled / failed / 304 / new items / mentions / alerts / emails sent / SQLite busy");
            try (Runner casewatch = new Runner(command, ideal)) {
                casewatch.cycle("1. first poll of new sources, cold");
                server.publish(2);
                casewatch.cycle("2. every source has 20 new items");
                casewatch.cycle("3. nothing changed: 304 each");
            }
            try (Runner casewatch = new Runner(command, ideal)) {
                casewatch.cycle("4. restarted, nothing changed, cold");
            }
            System.out.printf("%nrequests served: %d%n", server.served());
        }
    }

    /** One casewatch process ({@link ScaleRunner}) and the cycles it is asked to run. */
    private static final class Runner implements AutoCloseable {

        private final Process process;
        private final PeakMemory memory;
        private final BufferedReader out;
        private final PrintWriter in;
        private final double ideal;

        Runner(List<String> command, double ideal) throws IOException {
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("CASEWATCH_LOG_LEVEL", "ERROR");
            this.process = builder.start();
            this.memory = new PeakMemory(process.pid());
            this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            this.in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
            this.ideal = ideal;
            String[] ready = reply("ready ").split(" ");
            System.out.printf("%-34s casewatch started in %s s (%s s of CPU)%n", "", ready[1], ready[2]);
        }

        void cycle(String name) throws IOException {
            long serverBefore = cpuTicks(Path.of("/proc/self/stat"));
            in.println("cycle");
            String[] f = reply("cycle ").split(" ");
            double wall = Double.parseDouble(f[1]);
            double server = (cpuTicks(Path.of("/proc/self/stat")) - serverBefore) / 100.0;
            System.out.printf(ROW, name, f[1], String.format("%.2f", wall / ideal), f[2], String.format("%.1f", server),
                    String.format("%.0f", memory.peakMb()), String.join(" / ", List.of(f).subList(3, f.length)));
        }

        /** The runner's next line with this prefix; other lines (a profiler attached to it, say) are passed on. */
        private String reply(String prefix) throws IOException {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(prefix)) {
                    return line;
                }
                System.out.println("  (casewatch) " + line);
            }
            throw new IllegalStateException("casewatch stopped before answering");
        }

        @Override
        public void close() throws IOException, InterruptedException {
            in.close();
            process.waitFor();
            out.close();
            memory.stop();
        }
    }

    /**
     * Twenty items per source. Nineteen are the source's own local news, naming nobody; the first names the watched
     * person in a story that ten sources carry (each under its own headline, some trimmed), so one item in twenty
     * goes through the matcher's hits, story grouping and alerting as well.
     */
    private static byte[] feed(int source, int version) {
        StringBuilder rss = new StringBuilder("<rss version=\"2.0\"><channel><title>Feed</title><link>https://f.example/"
                + "</link><description>x</description>");
        for (int i = 0; i < 20; i++) {
            String id = source + "-" + i + "-v" + version;
            String title = i == 0 ? "Court news " + id : "News " + id;
            String text = i == 0 ? namingStory(version * 1000 + source / 10, source % 10)
                    : "District " + source + " council discussed budget line " + i + " of version " + version
                    + " and school number " + (source * 31 + i) + ", the mayor said.";
            rss.append("<item><title>").append(title).append("</title><guid>item-").append(id)
                    .append("</guid><description>").append(text).append("</description></item>");
        }
        return rss.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Story {@code story} as the {@code copy}-th source carries it: sixty words of its own, some copies trimmed. */
    private static String namingStory(int story, int copy) {
        Random words = new Random(story);
        StringBuilder text = new StringBuilder("Aidos Temirkhanov");
        int length = 60 - (copy % 3) * 10;
        for (int w = 0; w < length; w++) {
            text.append(' ').append(VOCABULARY[words.nextInt(VOCABULARY.length)]);
        }
        return text.append('.').toString();
    }

    private static final String[] VOCABULARY = ("appeal court hearing lawyer defence prosecutor judge verdict sentence"
            + " colony transfer parole petition family visit letter health doctor complaint ministry deputy session"
            + " statement journalist editor newspaper article witness evidence expert report commission ombudsman"
            + " embassy observer monitor protest rally square picket fine detention arrest search warrant charge"
            + " article code criminal civil administrative regional city district supreme cassation review delay"
            + " postponed scheduled morning evening week month spring autumn winter summer early late closed open"
            + " public private hall room building capital province border village road bridge market school"
            + " hospital prison camp cell guard warden inspector officer colonel major clerk secretary chair").split(" ");

    private static void configure(Path home, int port) throws IOException {
        Files.createDirectories(home.resolve("config"));
        Files.createDirectories(home.resolve("feeds"));
        Files.writeString(home.resolve("config/casewatch.yaml"), "database: var/scale.db\nmail:\n  transport: directory\n"
                + "  directory: var/outbox\n  from: casewatch <casewatch@example.org>\nhttp:\n  max_concurrency: "
                + CONCURRENCY + "\n  per_host_concurrency: 2\n  per_host_delay: " + PER_HOST_DELAY
                + "\n  read_timeout: 30s\n  call_timeout: 60s\n");
        Files.writeString(home.resolve("config/watchlist.yaml"), "- name: Aidos Temirkhanov\n");
        Files.writeString(home.resolve("config/subscribers.yaml"), "staff:\n  - email: case-officer@example.org\n"
                + "    follows: all\n    alerts: immediate\n");
        for (int i = 0; i < SOURCES; i++) {
            // 127.0.0.1 .. 127.0.0.250: each a host of its own, all on this machine's loopback interface.
            String host = "127.0.0." + (1 + i % HOSTS);
            Files.writeString(home.resolve("feeds/s" + i + ".yaml"), "type: feed\nallow_private: true\nurl: http://"
                    + host + ":" + port + "/feed/" + i + "\n", StandardCharsets.UTF_8);
        }
    }

    /** Fields 14 and 15 of /proc/PID/stat: user and system time in clock ticks (100 per second). */
    private static long cpuTicks(Path stat) throws IOException {
        String text = Files.readString(stat);
        String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** Samples a process's peak resident memory (VmHWM) every 50 ms while it runs. */
    private static final class PeakMemory {

        private final AtomicLong peakKb = new AtomicLong();
        private final Thread sampler;

        PeakMemory(long pid) {
            Path status = Path.of("/proc", String.valueOf(pid), "status");
            sampler = new Thread(() -> {
                while (Files.exists(status)) {
                    try {
                        for (String line : Files.readAllLines(status)) {
                            if (line.startsWith("VmHWM:")) {
                                peakKb.accumulateAndGet(Long.parseLong(line.replaceAll("\\D", "")), Math::max);
                            }
                        }
                        Thread.sleep(50);
                    } catch (IOException | InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
        }

        double peakMb() {
            return peakKb.get() / 1024.0;
        }

        void stop() {
            sampler.interrupt();
        }
    }
}
