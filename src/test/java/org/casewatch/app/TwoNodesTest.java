package org.casewatch.app;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.casewatch.MutableClock;
import org.casewatch.TestFiles;
import org.casewatch.config.Config;
import org.casewatch.config.ConfigLoader;
import org.casewatch.model.CycleReport;
import org.casewatch.model.NodeStatus;
import org.casewatch.model.SourceHealth;
import org.casewatch.store.LocalPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one PostgreSQL database, ticking at the same time: every source is polled by one of them, every alert
 * reaches the relay once, both nodes did some of the work, and each source says which node polled it.
 */
class TwoNodesTest {

    private static final int SOURCES = 24;

    @RegisterExtension
    static WireMockExtension web = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().gzipDisabled(true).containerThreads(40)).build();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path home;

    @Test
    void twoNodesShareTheSourcesAndSendEachAlertOnce() throws Exception {
        LocalPostgres server = LocalPostgres.shared();
        TestFiles.write(home, "config/casewatch.yaml", """
                database:
                  url: postgresql://127.0.0.1:%d/%s
                  username: %s
                alert_batch_window: off
                alert_max_age: off
                schedule:
                  jitter: 0
                http:
                  per_host_delay: 0s
                  per_host_concurrency: 8
                mail:
                  from: casewatch <casewatch@example.org>
                  transport: smtp
                  smtp:
                    host: 127.0.0.1
                    port: %d
                    starttls: false
                """.formatted(server.port(), server.createDatabase("two_nodes"), server.user(),
                smtp.getSmtp().getPort()));
        TestFiles.write(home, "config/watchlist.yaml", IntStream.range(0, SOURCES)
                .mapToObj(i -> "- name: " + name(i) + "\n").collect(Collectors.joining()));
        TestFiles.write(home, "config/subscribers.yaml", "staff:\n  - email: aliya@example.org\n    follows: all\n");
        for (int i = 0; i < SOURCES; i++) {
            TestFiles.write(home, "feeds/s" + i + ".yaml", "type: feed\nurl: " + web.baseUrl() + "/s" + i
                    + "\ninterval: 10m\n");
            web.stubFor(get("/s" + i).willReturn(aResponse().withStatus(200).withBody("""
                    <rss version="2.0"><channel><title>S</title><link>https://s%d.example/</link><description>x</description>
                    <item><title>Hearing set</title><link>https://s%d.example/1</link><guid>s%d-1</guid>
                    <description>Source %d reports that the appeal of %s will be heard in December.</description></item>
                    </channel></rss>""".formatted(i, i, i, i, name(i)))));
        }
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T05:00:00Z"));
        Config config = new ConfigLoader(home, Map.of()).load(Path.of("config"));

        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try (Casewatch a = Casewatch.open(config, clock, Map.of("CASEWATCH_NODE", "node-a"));
             Casewatch b = Casewatch.open(config, clock, Map.of("CASEWATCH_NODE", "node-b"))) {
            List<Callable<List<CycleReport>>> ticks = new ArrayList<>();
            for (Casewatch node : List.of(a, b)) {
                ticks.add(() -> {
                    List<CycleReport> reports = new ArrayList<>();
                    for (int i = 0; i < 3; i++) {
                        reports.add(node.tick());
                    }
                    return reports;
                });
            }
            List<Future<List<CycleReport>>> done = nodes.invokeAll(ticks);
            long polledByA = done.get(0).get().stream().mapToLong(CycleReport::polled).sum();
            long polledByB = done.get(1).get().stream().mapToLong(CycleReport::polled).sum();

            assertThat(polledByA + polledByB).as("each source polled once in all").isEqualTo(SOURCES);
            for (int i = 0; i < SOURCES; i++) {
                web.verify(1, getRequestedFor(urlEqualTo("/s" + i)));
            }
            // A batch planned while the other node was still storing items leaves those for the next tick.
            a.tick();
            b.tick();
            String mail = Arrays.stream(smtp.getReceivedMessages()).map(TwoNodesTest::text)
                    .collect(Collectors.joining("\n"));
            for (int i = 0; i < SOURCES; i++) {
                assertThat(mail.split("https://s" + i + ".example/1\\b", -1)).as("item of source %d alerted once", i)
                        .hasSize(2);
            }
            Set<String> pollers = a.health().stream().map(SourceHealth::polledBy).map(p -> p.orElse("?"))
                    .collect(Collectors.toSet());
            assertThat(pollers).isSubsetOf("node-a", "node-b").isNotEmpty();
            assertThat(a.nodes()).extracting(n -> n.node().name(), NodeStatus::alive)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("node-a", true),
                            org.assertj.core.groups.Tuple.tuple("node-b", true));

            clock.advance(Duration.ofMinutes(10));
            assertThat(a.tick().polled() + b.tick().polled()).as("due again after the interval, once").isEqualTo(SOURCES);
            web.verify(2, getRequestedFor(urlEqualTo("/s0")));
            int emails = smtp.getReceivedMessages().length;
            assertThat(a.tick().polled() + b.tick().polled()).isZero();
            assertThat(smtp.getReceivedMessages()).as("nothing new to tell").hasSize(emails);
        } finally {
            nodes.shutdownNow();
        }
    }

    /** Fictional surnames far apart, so each source names its own person and no two items read as one story. */
    private static final List<String> SURNAMES = List.of("Temirkhanov", "Tokmurzin", "Kenzhetayev", "Abdrakhmanov",
            "Sarsenbayev", "Nurpeisov", "Zhunusov", "Ospanov", "Mukanov", "Beisenov", "Kassymov", "Ibrayev",
            "Yessenov", "Dzhumabayev", "Amanzholov", "Serikbayev", "Utegenov", "Zhaksylykov", "Karimov", "Rakhimov",
            "Omarov", "Tulegenov", "Shaikenov", "Baigaliyev");

    private static String name(int i) {
        return "Aidos " + SURNAMES.get(i);
    }

    private static String text(MimeMessage m) {
        try {
            return (String) ((jakarta.mail.Multipart) m.getContent()).getBodyPart(0).getContent();
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
