package org.casewatch.cli;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.casewatch.MutableClock;
import org.casewatch.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** The relay is down for hours: mail waits in the outbox with backoff and, once it is back, arrives exactly once. */
class MailOutageTest {

    @RegisterExtension
    static WireMockExtension web = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().gzipDisabled(true)).build();

    @TempDir
    Path home;

    private void write(String path, String text) {
        TestFiles.write(home, path, text);
    }

    @Test
    void mailWaitsOutAnOutageAndArrivesExactlyOnce() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        write("config/casewatch.yaml", "database: var/o.db\nalert_max_age: off\nmail:\n  transport: smtp\n"
                + "  smtp: {host: 127.0.0.1, port: " + port + ", starttls: false}\n");
        write("config/watchlist.yaml", "- name: Aidos Temirkhanov\n");
        write("config/subscribers.yaml", "staff:\n  - email: aliya@example.org\n    follows: all\n"
                + "  - email: marat@example.org\n    follows: all\n");
        write("feeds/herald.yaml", "type: feed\nurl: " + web.baseUrl() + "/rss\n");
        web.stubFor(get("/rss").willReturn(aResponse().withStatus(200).withBody("<rss version=\"2.0\"><channel><title>H"
                + "</title><link>https://h.example/</link><description>x</description><item><title>Aidos Temirkhanov"
                + " appeals</title><guid>1</guid></item></channel></rss>")));
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T05:00:00Z"));
        Cli first = Cli.run(Map.of(), clock, "--home", home.toString(), "run", "--once");
        assertThat(first.out()).contains("emails   2 queued, 0 delivered, 2 waiting for a retry");
        for (int hour = 1; hour <= 6; hour++) {
            clock.advance(Duration.ofHours(1));
            assertThat(Cli.run(Map.of(), clock, "--home", home.toString(), "run", "--once").out())
                    .contains("0 delivered, 2 waiting");
        }
        GreenMail relay = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        relay.start();
        try {
            clock.advance(Duration.ofHours(1));
            assertThat(Cli.run(Map.of(), clock, "--home", home.toString(), "run", "--once").out())
                    .as("the last retry was scheduled at most an hour ahead").contains("0 waiting");
            clock.advance(Duration.ofHours(2));
            Cli.run(Map.of(), clock, "--home", home.toString(), "run", "--once");
            assertThat(relay.getReceivedMessages()).hasSize(2);
        } finally {
            relay.stop();
        }
    }
}
