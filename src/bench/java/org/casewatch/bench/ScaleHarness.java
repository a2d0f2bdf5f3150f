package org.casewatch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Serves N feeds from a local server that answers each request after 100 ms, spread over many loopback
 * addresses (so the per-host limit applies per feed host as in real life), and runs full poll cycles of
 * casewatch in a separate JVM: the first reads every feed, the second gets a 304 for each. Prints wall time
 * against the ideal (N x 0.1 s / concurrency), CPU time, peak RSS of the casewatch process, and failures.
 * Run: {@code mvn -B -Pbench test-compile exec:exec -Dbench.main=org.casewatch.bench.ScaleHarness}.
 */
public final class ScaleHarness {

    private static final int SOURCES = Integer.getInteger("sources", 1000);
    private static final int CONCURRENCY = Integer.getInteger("concurrency", 32);
    private static final int LATENCY_MS = 100;
    /** Feeds are spread over this many loopback addresses, so the per-host limit applies as on the internet. */
    private static final int HOSTS = 250;

    private ScaleHarness() {
    }

    public static void main(String[] args) throws Exception {
        try (FeedServer server = new FeedServer(HOSTS, LATENCY_MS, i -> feed(i).getBytes(StandardCharsets.UTF_8))) {
            Path home = Files.createTempDirectory("casewatch-scale");
            configure(home, server.port());
            System.out.printf("%d sources on %d loopback hosts, %d ms latency each, max_concurrency %d, "
                    + "per_host_concurrency 2, -Xmx%s%n", SOURCES, HOSTS, LATENCY_MS, CONCURRENCY,
                    System.getProperty("xmx", "160m"));
            double ideal = SOURCES * LATENCY_MS / 1000.0 / CONCURRENCY;
            System.out.printf("ideal cycle: %.1f s (target: within 1.5x, %.1f s)%n%n", ideal, ideal * 1.5);
            System.out.printf("%-22s %8s %8s %8s %10s %12s %12s%n", "cycle", "JVM s", "cycle s", "x ideal", "cpu s",
                    "server cpu s", "peak RSS MB");
            for (String cycle : List.of("first (200 + body)", "second (304)")) {
                run(home, cycle, ideal);
            }
            System.out.printf("%nrequests served: %d%n", server.served());
        }
    }

    /**
     * Twenty items per source. Nineteen are the source's own local news, naming nobody; the first names the watched
     * person in a story that ten sources carry (each under its own headline, some trimmed), so one item in twenty
     * goes through the matcher's hits, story grouping and alerting as well.
     */
    private static String feed(int source) {
        StringBuilder rss = new StringBuilder("<rss version=\"2.0\"><channel><title>Feed</title><link>https://f.example/"
                + "</link><description>x</description>");
        for (int i = 0; i < 20; i++) {
            String title = i == 0 ? "Court news " + source : "News " + source + "-" + i;
            String text = i == 0 ? namingStory(source / 10, source % 10)
                    : "District " + source + " council discussed budget line " + i + " and school number "
                    + (source * 31 + i) + ", the mayor said.";
            rss.append("<item><title>").append(title).append("</title><guid>item-").append(source).append('-').append(i)
                    .append("</guid><description>").append(text).append("</description></item>");
        }
        return rss.append("</channel></rss>").toString();
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
                + CONCURRENCY + "\n  per_host_concurrency: 2\n  read_timeout: 30s\n  call_timeout: 60s\n");
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

    private static void run(Path home, String name, double ideal) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + System.getProperty("xmx", "160m")));
        // Extra JVM options for the casewatch process, e.g. a flight recording to profile it.
        String extra = System.getenv().getOrDefault("CASEWATCH_BENCH_JVM_ARGS", "");
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.strip().split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.casewatch.cli.Main", "--home", home.toString(),
                "run", "--once"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
        builder.environment().put("CASEWATCH_LOG_LEVEL", "ERROR");
        long start = System.nanoTime();
        long serverTicksBefore = cpuTicks(Path.of("/proc/self/stat"));
        Process process = builder.start();
        AtomicLong peakKb = new AtomicLong();
        AtomicLong cpuTicks = new AtomicLong();
        Thread sampler = new Thread(() -> {
            Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
            Path stat = Path.of("/proc", String.valueOf(process.pid()), "stat");
            while (process.isAlive()) {
                try {
                    for (String line : Files.readAllLines(status)) {
                        if (line.startsWith("VmHWM:")) {
                            peakKb.accumulateAndGet(Long.parseLong(line.replaceAll("\\D", "")), Math::max);
                        }
                    }
                    cpuTicks.set(cpuTicks(stat));
                    Thread.sleep(50);
                } catch (IOException | InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.getErrorStream().transferTo(java.io.OutputStream.nullOutputStream());
        process.waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        sampler.join();
        double cpu = cpuTicks.get() / 100.0;
        double serverCpu = (cpuTicks(Path.of("/proc/self/stat")) - serverTicksBefore) / 100.0;
        // casewatch's own summary: sources, items and mentions, emails.
        String summary = out.lines().filter(l -> l.matches("  (sources|items|emails) .*")).map(String::strip)
                .reduce((a, b) -> a + "; " + b).orElse(out.strip());
        double cycle = out.lines().filter(l -> l.startsWith("  took")).findFirst()
                .map(l -> Double.parseDouble(l.replaceAll("[^0-9.]", ""))).orElse(Double.NaN);
        System.out.printf("%-22s %8.1f %8.1f %8.2f %10.1f %12.1f %12.0f%n%22s %s%n", name, wall, cycle, cycle / ideal, cpu,
                serverCpu, peakKb.get() / 1024.0, "", summary);
    }

    /** Fields 14 and 15 of /proc/PID/stat: user and system time in clock ticks (100 per second). */
    private static long cpuTicks(Path stat) throws IOException {
        String text = Files.readString(stat);
        String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
