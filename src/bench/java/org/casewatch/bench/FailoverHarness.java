package org.casewatch.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.casewatch.store.LocalPostgres;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Three {@code casewatch run} processes share one PostgreSQL (the machine's, started on a free loopback port); 200
 * sources on the bench {@link FeedServer} publish a new item every 30 s; a real SMTP server (GreenMail) receives.
 * One node at a time is killed with SIGKILL at random moments (and restarted), at least ten times; then the database
 * is stopped for 60 s and started again. At the end the harness prints: polls later than interval + 30 s (while a node
 * lived and the database was up, and during the outage), alerts lost, alerts sent twice and whether each duplicate
 * kept its Message-ID, and reminders missed.
 * Run: {@code mvn -B -Pbench test-compile exec:exec -Dbench.main=org.casewatch.bench.FailoverHarness}.
 */
public final class FailoverHarness {

    private static final int NODES = 3;
    private static final int SOURCES = 200;
    private static final int HOSTS = 20;
    private static final int PERSONS = 20;
    private static final int HEARINGS = 10;
    private static final int KILLS = 12;
    private static final Duration INTERVAL = Duration.ofMinutes(1);
    private static final Duration LATE = INTERVAL.plusSeconds(30);
    private static final Duration PUBLISH_EVERY = Duration.ofSeconds(30);
    /** How many versions of its items a feed keeps: a source polled less often than this would lose items. */
    private static final int KEEP = 6;
    private static final Duration OUTAGE = Duration.ofSeconds(60);
    private static final long SEED = 15;
    private static final Pattern ITEM = Pattern.compile("Report (\\d+)-(\\d+)\\b");

    /** Poll moments per source (from the feed server), in nanoseconds. */
    private final Map<Integer, List<Long>> polls = new ConcurrentHashMap<>();
    /** Items published so far: (source, version), and the person each names. */
    private final Map<String, Integer> published = new ConcurrentHashMap<>();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final long start = System.nanoTime();
    private volatile int version = 1;

    private FailoverHarness() {
    }

    public static void main(String[] args) throws Exception {
        new FailoverHarness().run();
    }

    private void run() throws Exception {
        Random random = new Random(SEED);
        Path home = Files.createTempDirectory("casewatch-failover");
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        LocalPostgres postgres = LocalPostgres.start();
        String database = postgres.createDatabase("failover");
        // Local noon (a fixed offset chosen from the clock), so the reminders' time of day falls inside the run.
        ZoneOffset zone = ZoneOffset.ofHours(Math.max(-12, Math.min(14, 12 - ZonedDateTime.now(ZoneOffset.UTC).getHour())));
        ZonedDateTime startedLocal = ZonedDateTime.now(zone);
        LocalTime remindAt = startedLocal.toLocalTime().plusMinutes(4).withSecond(0).withNano(0);
        try (FeedServer feeds = new FeedServer(HOSTS, 30, this::feed, this::polled)) {
            configure(home, feeds.port(), smtp.getSmtp().getPort(), postgres, database, zone, remindAt,
                    startedLocal.toLocalDate());
            List<Process> nodes = new ArrayList<>();
            for (int n = 0; n < NODES; n++) {
                nodes.add(startNode(home, n));
            }
            note("3 nodes started; reminders due at " + remindAt + " " + zone);
            Thread publisher = new Thread(() -> publish(feeds), "publisher");
            publisher.setDaemon(true);
            publisher.start();

            // Phase 1: kill one node at a random moment every 15-35 s, restart it 3-10 s later.
            sleep(Duration.ofSeconds(40));
            for (int k = 0; k < KILLS; k++) {
                int victim = random.nextInt(NODES);
                nodes.get(victim).destroyForcibly().waitFor();
                note("SIGKILL node-" + (victim + 1));
                sleep(Duration.ofMillis(3000 + random.nextInt(7000)));
                nodes.set(victim, startNode(home, victim));
                note("restarted node-" + (victim + 1));
                sleep(Duration.ofMillis(12000 + random.nextInt(20000)));
            }
            // Phase 2: the database goes away for 60 s, then comes back.
            sleep(Duration.ofSeconds(20));
            long outageFrom = System.nanoTime();
            postgres.stopServer();
            note("PostgreSQL stopped");
            sleep(OUTAGE);
            postgres.startServer();
            long outageTo = System.nanoTime();
            note("PostgreSQL started again");
            // Phase 3: carry on, then stop publishing and let every source be polled and every message delivered.
            sleep(Duration.ofSeconds(120));
            stopPublishing = true;
            int lastVersion = version;
            note("publishing stopped at version " + lastVersion);
            sleep(Duration.ofSeconds(120));
            for (Process p : nodes) {
                p.destroy();
            }
            for (Process p : nodes) {
                p.waitFor(60, TimeUnit.SECONDS);
            }
            note("nodes stopped (SIGTERM)");
            report(smtp.getReceivedMessages(), outageFrom, outageTo, remindAt, zone);
        } finally {
            smtp.stop();
            postgres.close();
        }
    }

    private volatile boolean stopPublishing;

    /** Moves every feed to a new version every 30 s: each source gets one new item naming one person. */
    private void publish(FeedServer feeds) {
        recordVersion(1);
        while (!stopPublishing) {
            sleep(PUBLISH_EVERY);
            if (stopPublishing) {
                return;
            }
            int next = version + 1;
            recordVersion(next);
            version = next;
            feeds.publish(next);
        }
    }

    private void recordVersion(int v) {
        for (int s = 0; s < SOURCES; s++) {
            published.put(s + "-" + v, person(s, v));
        }
    }

    private static int person(int source, int version) {
        return (source * 7 + version) % PERSONS;
    }

    /** Feed {@code source} at {@code version}: its items of the last {@link #KEEP} versions. */
    private byte[] feed(int source, int version) {
        StringBuilder rss = new StringBuilder("<rss version=\"2.0\"><channel><title>S").append(source)
                .append("</title><link>https://s").append(source).append(".example/</link><description>x</description>");
        for (int v = version; v >= Math.max(1, version - KEEP + 1); v--) {
            rss.append("<item><title>Report ").append(source).append('-').append(v).append("</title><link>https://s")
                    .append(source).append(".example/").append(v).append("</link><guid>g").append(source).append('-')
                    .append(v).append("</guid><description>").append(name(person(source, v)))
                    .append(" was seen at the hearing number ").append(source * 1000 + v).append(" of source ")
                    .append(source).append(".</description></item>");
        }
        return rss.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private void polled(int source) {
        polls.computeIfAbsent(source, s -> new CopyOnWriteArrayList<>()).add(System.nanoTime());
    }

    private static String name(int p) {
        String[] given = {"Aidos", "Yerlan", "Zhanar", "Murat", "Saule"};
        return given[p % given.length] + " Failover" + (char) ('a' + p) + "ov";
    }

    private static void configure(Path home, int port, int smtpPort, LocalPostgres postgres, String database,
                                  ZoneOffset zone, LocalTime remindAt, LocalDate today) throws Exception {
        Files.createDirectories(home.resolve("config"));
        Files.createDirectories(home.resolve("feeds"));
        Files.writeString(home.resolve("config/casewatch.yaml"), """
                database:
                  url: postgresql://127.0.0.1:%d/%s
                  username: %s
                timezone: "%s"
                alert_batch_window: off
                alert_max_age: off
                schedule:
                  tick: 5s
                  jitter: 0
                reminders:
                  before: [7d, 1d]
                  at: "%s"
                  follow_up: false
                http:
                  max_concurrency: 4
                  per_host_delay: 0s
                mail:
                  transport: smtp
                  smtp: {host: 127.0.0.1, port: %d, starttls: false}
                """.formatted(postgres.port(), database, postgres.user(), zone.getId(), remindAt, smtpPort));
        StringBuilder watchlist = new StringBuilder("persons:\n");
        StringBuilder staff = new StringBuilder("staff:\n");
        DateTimeFormatter iso = DateTimeFormatter.ISO_LOCAL_DATE;
        for (int p = 0; p < PERSONS; p++) {
            watchlist.append("  - name: ").append(name(p)).append("\n    id: p").append(p).append('\n');
            if (p < HEARINGS) {
                // A week away: the 7-day reminder is due today at remindAt, exactly one per hearing and follower
                // (a hearing tomorrow would also get a late 7-day reminder at once, before the 1-day one).
                LocalDate date = today.plusDays(7);
                watchlist.append("    hearings:\n      - date: ").append(iso.format(date)).append("\n        kind: appeal\n");
            }
            staff.append("  - email: s").append(p).append("@example.org\n    follows: {persons: [p").append(p)
                    .append("]}\n");
        }
        Files.writeString(home.resolve("config/watchlist.yaml"), watchlist);
        Files.writeString(home.resolve("config/subscribers.yaml"), staff);
        for (int s = 0; s < SOURCES; s++) {
            String host = "127.0.0." + (1 + s % HOSTS);
            Files.writeString(home.resolve("feeds/s" + s + ".yaml"), "type: feed\nallow_private: true\nurl: http://"
                    + host + ":" + port + "/feed/" + s + "\ninterval: 1m\n");
        }
    }

    private static Process startNode(Path home, int n) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx160m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "org.casewatch.cli.Main", "--home", home.toString(), "run"));
        Path logFile = home.resolve("node-" + (n + 1) + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectError(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().put("CASEWATCH_NODE", "node-" + (n + 1));
        builder.environment().put("CASEWATCH_LOG_LEVEL", "WARN");
        return builder.start();
    }

    private void report(MimeMessage[] received, long outageFrom, long outageTo, LocalTime remindAt, ZoneOffset zone)
            throws Exception {
        // Alerts: every published item must reach the follower of the person it names.
        Map<String, Set<String>> got = new HashMap<>();
        Map<String, Integer> copies = new HashMap<>();
        Map<String, Set<String>> itemMessageIds = new HashMap<>();
        int reminders = 0;
        Set<String> remindedHearings = new HashSet<>();
        for (MimeMessage m : received) {
            copies.merge(m.getMessageID(), 1, Integer::sum);
            String to = m.getRecipients(Message.RecipientType.TO)[0].toString();
            String listId = m.getHeader("List-Id", null);
            if (listId != null && listId.contains("reminder")) {
                reminders++;
                remindedHearings.add(to);
                continue;
            }
            String text = (String) ((Multipart) m.getContent()).getBodyPart(0).getContent();
            Matcher r = ITEM.matcher(text);
            Set<String> inThis = new HashSet<>();
            while (r.find()) {
                inThis.add(r.group(1) + "-" + r.group(2));
            }
            for (String item : inThis) {
                got.computeIfAbsent(to, k -> new HashSet<>()).add(item);
                itemMessageIds.computeIfAbsent(to + " " + item, k -> new HashSet<>()).add(m.getMessageID());
            }
        }
        int lost = 0;
        for (Map.Entry<String, Integer> e : published.entrySet()) {
            if (!got.getOrDefault("s" + e.getValue() + "@example.org", Set.of()).contains(e.getKey())) {
                lost++;
            }
        }
        long resentSameId = copies.values().stream().filter(n -> n > 1).mapToInt(n -> n - 1).sum();
        long twiceOtherId = itemMessageIds.values().stream().filter(ids -> ids.size() > 1).count();

        // Polls: gaps between consecutive polls of a source longer than interval + 30 s.
        long outageSlack = LATE.toNanos();
        int late = 0;
        int lateAroundOutage = 0;
        long worst = 0;
        long worstAroundOutage = 0;
        long total = 0;
        for (List<Long> times : polls.values()) {
            total += times.size();
            for (int i = 1; i < times.size(); i++) {
                long gap = times.get(i) - times.get(i - 1);
                boolean aroundOutage = times.get(i) > outageFrom && times.get(i - 1) < outageTo + outageSlack;
                if (aroundOutage) {
                    worstAroundOutage = Math.max(worstAroundOutage, gap);
                    lateAroundOutage += gap > LATE.toNanos() ? 1 : 0;
                } else {
                    worst = Math.max(worst, gap);
                    late += gap > LATE.toNanos() ? 1 : 0;
                }
            }
        }
        long neverPolled = SOURCES - polls.size();
        int kills = (int) log.stream().filter(l -> l.contains("SIGKILL")).count();
        for (String line : log) {
            System.out.println(line);
        }
        System.out.printf("%n%d nodes, %d sources on %d loopback hosts (interval %d s, a new item every %d s), "
                        + "%d staff, %d hearings with a reminder due at %s %s%n", NODES, SOURCES, HOSTS,
                INTERVAL.toSeconds(), PUBLISH_EVERY.toSeconds(), PERSONS, HEARINGS, remindAt, zone);
        System.out.printf("SIGKILLs: %d (each node restarted 3-10 s later); PostgreSQL stopped for %d s%n", kills,
                OUTAGE.toSeconds());
        System.out.printf("polls: %d; sources never polled: %d%n", total, neverPolled);
        System.out.printf("polls later than interval + 30 s while the database was up: %d (longest gap %.1f s)%n", late,
                worst / 1e9);
        System.out.printf("polls later than interval + 30 s across the database outage: %d (longest gap %.1f s)%n",
                lateAroundOutage, worstAroundOutage / 1e9);
        System.out.printf("alerts expected (recipient x item): %d; lost: %d%n", published.size(), lost);
        System.out.printf("emails received: %d, distinct Message-IDs: %d%n", received.length, copies.size());
        System.out.printf("emails received twice with the same Message-ID: %d; alerts sent twice under different "
                + "Message-IDs: %d%n", resentSameId, twiceOtherId);
        System.out.printf("reminders expected: %d; received: %d; recipients reminded: %d; missed: %d%n", HEARINGS,
                reminders, remindedHearings.size(), HEARINGS - remindedHearings.size());
    }

    private void note(String what) {
        log.add(String.format("%6.1f s  %s", (System.nanoTime() - start) / 1e9, what));
        System.out.println(log.get(log.size() - 1));
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
