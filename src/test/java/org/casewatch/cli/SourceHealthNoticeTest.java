package org.casewatch.cli;

import java.time.ZoneOffset;
import java.time.Instant;
import java.time.Clock;
import java.time.Duration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.casewatch.MutableClock;
import org.casewatch.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** The operator hears once that a source is failing, not once per poll, and once that it recovered. */
class SourceHealthNoticeTest {

    /** The moment this test runs at, whatever the day: casewatch reads time only from this clock. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T06:00:00Z"), ZoneOffset.UTC);

    @RegisterExtension
    static WireMockExtension web = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().gzipDisabled(true)).build();

    @TempDir
    Path home;

    private void write(String path, String text) {
        TestFiles.write(home, path, text);
    }

    private List<String> notices() throws Exception {
        Path outbox = home.resolve("var/outbox");
        if (!Files.isDirectory(outbox)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(outbox)) {
            return files.filter(p -> p.getFileName().toString().startsWith("notice-")).map(p -> {
                try (InputStream in = Files.newInputStream(p)) {
                    MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), in);
                    return m.getAllRecipients()[0] + " | " + m.getSubject();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).sorted().toList();
        }
    }

    @Test
    void oneNoticeWhenFailingAndOneWhenRecovered() throws Exception {
        write("config/casewatch.yaml", "database: var/n.db\nhealth:\n  operator: ops@example.org\n  after_failures: 2\n");
        write("config/watchlist.yaml", "- name: Aidos Temirkhanov\n");
        write("config/subscribers.yaml", "staff: []\n");
        write("feeds/wire.yaml", "name: Steppe Wire\ntype: feed\nurl: " + web.baseUrl() + "/rss\n");
        web.stubFor(get("/rss").willReturn(aResponse().withStatus(500)));
        for (int i = 0; i < 4; i++) {
            Cli.run(CLOCK, "--home", home.toString(), "run", "--once");
        }
        assertThat(notices()).containsExactly("ops@example.org | casewatch: source Steppe Wire is failing");
        String text = Files.readString(Files.list(home.resolve("var/outbox")).findFirst().orElseThrow());
        assertThat(text).contains("HTTP 500");
        web.stubFor(get("/rss").willReturn(aResponse().withStatus(200).withBody("<rss version=\"2.0\"><channel>"
                + "<title>W</title><link>https://w.example/</link><description>x</description><item><title>News</title>"
                + "<guid>1</guid></item></channel></rss>")));
        Cli.run(CLOCK, "--home", home.toString(), "run", "--once");
        Cli.run(CLOCK, "--home", home.toString(), "run", "--once");
        assertThat(notices()).containsExactly("ops@example.org | casewatch: source Steppe Wire is failing",
                "ops@example.org | casewatch: source Steppe Wire works again");
    }

    /**
     * A feed that needs the lenient reading is no failure: the operator is told once, however many polls read it
     * so and even when it is well-formed now and then; once it has read strictly for more than a week the notice
     * closes without a message, and only a new breakage after that is told again.
     */
    @Test
    void aFeedReadLenientlyIsToldOnceAndIsNoFailure() throws Exception {
        write("config/casewatch.yaml", "database: var/n.db\nhealth:\n  operator: ops@example.org\n"
                + "  silent_after: 60d\n");
        write("config/watchlist.yaml", "- name: Aidos Temirkhanov\n");
        write("config/subscribers.yaml", "staff: []\n");
        write("feeds/wire.yaml", "name: Steppe Wire\ntype: feed\nurl: " + web.baseUrl() + "/rss\n");
        byte[] broken = org.casewatch.parse.Fixtures.bytes("feeds/lenient-unclosed-cdata.xml");
        String wellFormed = "<rss version=\"2.0\"><channel><title>W</title><link>https://w.example/</link>"
                + "<description>x</description><item><title>News</title><guid>1</guid></item></channel></rss>";
        String notice = "ops@example.org | casewatch: source Steppe Wire is not well-formed; its items are read leniently";
        MutableClock clock = new MutableClock(Instant.parse("2026-11-22T06:00:00Z"));
        web.stubFor(get("/rss").willReturn(aResponse().withStatus(200).withBody(broken)));
        for (int i = 0; i < 3; i++) {
            Cli cycle = Cli.run(clock, "--home", home.toString(), "run", "--once");
            assertThat(cycle.out()).as(cycle.err()).contains("sources  1 polled, 0 failed");
            clock.advance(Duration.ofHours(1));
        }
        assertThat(notices()).containsExactly(notice);
        assertThat(Files.list(home.resolve("var/outbox")).map(p -> {
            try {
                return Files.readString(p);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow()).contains("lenient", "not well-formed XML at line");
        Cli sources = Cli.run(clock, "--home", home.toString(), "sources");
        assertThat(sources.code()).as("a lenient source is not failing").isZero();
        assertThat(sources.out()).containsPattern("wire\\s+feed\\s+lenient\\s+.*read leniently: ");

        web.stubFor(get("/rss").willReturn(aResponse().withStatus(200).withBody(wellFormed)));
        Cli.run(clock, "--home", home.toString(), "run", "--once");
        assertThat(Cli.run(clock, "--home", home.toString(), "sources").out()).containsPattern("wire\\s+feed\\s+ok ");
        clock.advance(Duration.ofDays(8));
        Cli.run(clock, "--home", home.toString(), "run", "--once");
        assertThat(notices()).as("no message when the notice closes").containsExactly(notice);

        web.stubFor(get("/rss").willReturn(aResponse().withStatus(200).withBody(broken)));
        clock.advance(Duration.ofHours(1));
        Cli.run(clock, "--home", home.toString(), "run", "--once");
        assertThat(notices()).as("broken again after a good week: told again").containsExactly(notice, notice);
    }
}
