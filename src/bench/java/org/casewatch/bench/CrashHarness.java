package org.casewatch.bench;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * Kills casewatch with SIGKILL at random moments during polling and delivery, again and again, restarts it,
 * and compares what a real SMTP server (GreenMail) received with what every recipient should get: nothing
 * may be lost; duplicates may only come from the window SMTP leaves open (a message accepted by the server
 * but not yet marked sent when the process died), and are counted.
 * Run: {@code mvn -B -Pbench test-compile exec:exec -Dbench.main=org.casewatch.bench.CrashHarness}.
 */
public final class CrashHarness {

    private static final int KILLS = 30;
    private static final long SEED = 7;
    private static final int SOURCES = 40;
    private static final int ITEMS = 5;
    private static final int PERSONS = 20;
    private static final Pattern REPORT = Pattern.compile("Report (\\d+)-(\\d+)");

    private CrashHarness() {
    }

    public static void main(String[] args) throws Exception {
        WireMockServer web = new WireMockServer(wireMockConfig().dynamicPort().gzipDisabled(true));
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        web.start();
        smtp.start();
        try {
            Path home = Files.createTempDirectory("casewatch-crash");
            configure(home, web, smtp.getSmtp().getPort());
            Feeds feeds = new Feeds(web);
            Random random = new Random(SEED);
            int killed = 0;
            int killedWhileMailing = 0;
            int runs = 0;
            // Before each run a quarter of the feeds publish a new item, so every run has polling and delivery to
            // do; runs that end before their kill moment are not counted as kills.
            while (killed < KILLS && runs < 3 * KILLS) {
                feeds.publish(runs);
                int mailedBefore = smtp.getReceivedMessages().length;
                Process p = start(home);
                runs++;
                long delay = 300 + random.nextInt(2700);
                if (!p.waitFor(delay, TimeUnit.MILLISECONDS)) {
                    p.destroyForcibly().waitFor();
                    killed++;
                    // The run had reached delivery: it polled and stored, and was sending when it died.
                    killedWhileMailing += smtp.getReceivedMessages().length > mailedBefore ? 1 : 0;
                }
            }
            for (int i = 0; i < 2; i++) {
                Process p = start(home);
                p.waitFor();
            }
            report(feeds.expected, smtp.getReceivedMessages(), runs, killed);
            System.out.printf("killed after some of the run's mail had gone out (during delivery): %d of %d%n",
                    killedWhileMailing, killed);
        } finally {
            smtp.stop();
            web.stop();
        }
    }

    private static void configure(Path home, WireMockServer web, int smtpPort) throws Exception {
        Files.createDirectories(home.resolve("config"));
        Files.createDirectories(home.resolve("feeds"));
        Files.writeString(home.resolve("config/casewatch.yaml"), "database: var/crash.db\nalert_max_age: off\n"
                // All 40 feeds are on the one local server: no politeness delay, so that runs reach delivery.
                + "http:\n  max_concurrency: 4\n  per_host_delay: 0s\nmail:\n  transport: smtp\n"
                + "  smtp: {host: 127.0.0.1, port: " + smtpPort + ", starttls: false}\n");
        StringBuilder watchlist = new StringBuilder("persons:\n");
        StringBuilder staff = new StringBuilder("staff:\n");
        for (int p = 0; p < PERSONS; p++) {
            watchlist.append("  - name: ").append(name(p)).append("\n    id: p").append(p).append('\n');
            staff.append("  - email: s").append(p).append("@example.org\n    follows: {persons: [p").append(p)
                    .append("]}\n");
        }
        Files.writeString(home.resolve("config/watchlist.yaml"), watchlist);
        Files.writeString(home.resolve("config/subscribers.yaml"), staff);
        for (int s = 0; s < SOURCES; s++) {
            Files.writeString(home.resolve("feeds/s" + s + ".yaml"), "type: feed\nurl: " + web.baseUrl() + "/feed/" + s
                    + "\n");
        }
    }

    /** The feeds as the local server serves them, and the alerts every staff member must receive in the end. */
    private static final class Feeds {

        final Map<String, Set<String>> expected = new TreeMap<>();
        private final WireMockServer web;
        private final Map<Integer, StringBuilder> items = new HashMap<>();

        Feeds(WireMockServer web) {
            this.web = web;
            for (int s = 0; s < SOURCES; s++) {
                for (int i = 0; i < ITEMS; i++) {
                    add(s, i);
                }
                serve(s);
            }
        }

        /** Before run {@code run}: a quarter of the feeds, a different quarter each time, get one new item. */
        void publish(int run) {
            for (int s = run % 4; s < SOURCES; s += 4) {
                add(s, ITEMS + run);
                serve(s);
            }
        }

        private void add(int s, int i) {
            int person = (s * 7 + i) % PERSONS;
            items.computeIfAbsent(s, k -> new StringBuilder()).append("<item><title>Report ").append(s).append('-')
                    .append(i).append("</title><guid>g").append(s).append('-').append(i).append("</guid><description>")
                    .append(name(person)).append(" appeared in court ").append(s * 1000 + i)
                    .append(" times.</description></item>");
            expected.computeIfAbsent("s" + person + "@example.org", k -> new HashSet<>()).add(s + "-" + i);
        }

        private void serve(int s) {
            web.stubFor(get("/feed/" + s).willReturn(aResponse().withStatus(200).withFixedDelay(60)
                    .withBody("<rss version=\"2.0\"><channel><title>S" + s + "</title><link>https://s" + s
                            + ".example/</link><description>x</description>" + items.get(s) + "</channel></rss>")));
        }
    }

    private static String name(int p) {
        String[] given = {"Aidos", "Yerlan", "Zhanar", "Murat", "Saule"};
        return given[p % given.length] + " Testperson" + (char) ('a' + p) + "ov";
    }

    private static Process start(Path home) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx160m", "-cp", System.getProperty("java.class.path"), "org.casewatch.cli.Main", "--home",
                home.toString(), "run", "--once"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("CASEWATCH_LOG_LEVEL", "ERROR");
        return builder.start();
    }

    private static void report(Map<String, Set<String>> expected, MimeMessage[] received, int runs, int killed)
            throws Exception {
        Map<String, Set<String>> got = new HashMap<>();
        Map<String, Integer> copies = new HashMap<>();
        int duplicateItems = 0;
        for (MimeMessage m : received) {
            copies.merge(m.getMessageID(), 1, Integer::sum);
            String to = m.getRecipients(Message.RecipientType.TO)[0].toString();
            String text = (String) ((Multipart) m.getContent()).getBodyPart(0).getContent();
            Matcher r = REPORT.matcher(text);
            Set<String> inThis = new HashSet<>();
            while (r.find()) {
                inThis.add(r.group(1) + "-" + r.group(2));
            }
            for (String item : inThis) {
                if (!got.computeIfAbsent(to, k -> new HashSet<>()).add(item)) {
                    duplicateItems++;
                }
            }
        }
        int lost = 0;
        for (Map.Entry<String, Set<String>> e : expected.entrySet()) {
            for (String item : e.getValue()) {
                if (!got.getOrDefault(e.getKey(), Set.of()).contains(item)) {
                    lost++;
                }
            }
        }
        long resent = copies.values().stream().filter(n -> n > 1).mapToInt(n -> n - 1).sum();
        int expectedTotal = expected.values().stream().mapToInt(Set::size).sum();
        System.out.printf("%d runs, %d of them killed with SIGKILL at a random moment 0.3-3 s after start (the others"
                + " finished first), then 2 clean runs%n", runs, killed);
        System.out.printf("alerts expected (recipient x item): %d%n", expectedTotal);
        System.out.printf("emails received: %d, distinct Message-IDs: %d%n", received.length, copies.size());
        System.out.printf("lost alerts: %d%n", lost);
        System.out.printf("emails received twice (same Message-ID: accepted by SMTP, killed before marked sent): %d%n",
                resent);
        System.out.printf("alert items seen twice by a recipient: %d%n", duplicateItems);
        System.out.println(lost == 0 ? "RESULT: nothing lost" : "RESULT: ALERTS LOST");
    }
}
