package org.casewatch.app;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.casewatch.MutableClock;
import org.casewatch.TestFiles;
import org.casewatch.config.Config;
import org.casewatch.config.ConfigLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** The daemon's ticks poll each source when it is due, by its own interval, and not before. */
class DueSourcesTest {

    @RegisterExtension
    static WireMockExtension web = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().gzipDisabled(true)).build();

    @TempDir
    Path home;

    @Test
    void eachSourceIsPolledOnItsOwnInterval() {
        TestFiles.write(home, "config/casewatch.yaml", "database: var/s.db\nschedule:\n  jitter: 0\n"
                + "http:\n  per_host_delay: 0s\n"
                + "mail:\n  transport: directory\n  directory: var/outbox\n");
        TestFiles.write(home, "config/watchlist.yaml", "- name: Aidos Temirkhanov\n");
        TestFiles.write(home, "config/subscribers.yaml", "staff: []\n");
        TestFiles.write(home, "feeds/often.yaml", "type: feed\nurl: " + web.baseUrl() + "/often\ninterval: 10m\n");
        TestFiles.write(home, "feeds/seldom.yaml", "type: feed\nurl: " + web.baseUrl() + "/seldom\ninterval: 1h\n");
        String empty = "<rss version=\"2.0\"><channel><title>t</title><link>https://h.example/</link>"
                + "<description>x</description></channel></rss>";
        web.stubFor(get("/often").willReturn(aResponse().withStatus(200).withBody(empty)));
        web.stubFor(get("/seldom").willReturn(aResponse().withStatus(200).withBody(empty)));
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T05:00:00Z"));
        Config config = new ConfigLoader(home, Map.of()).load(Path.of("config"));

        try (Casewatch app = Casewatch.open(config, clock, Map.of())) {
            assertThat(app.tick().polled()).as("first tick: both are new").isEqualTo(2);
            clock.advance(Duration.ofMinutes(9));
            assertThat(app.tick().polled()).as("9 minutes later: none due").isZero();
            clock.advance(Duration.ofMinutes(1));
            assertThat(app.tick().sources()).extracting(s -> s.sourceId()).containsExactly("often");
            clock.advance(Duration.ofMinutes(50));
            assertThat(app.tick().sources()).extracting(s -> s.sourceId()).containsExactlyInAnyOrder("often", "seldom");
        }
        web.verify(3, getRequestedFor(urlEqualTo("/often")));
        web.verify(2, getRequestedFor(urlEqualTo("/seldom")));
    }
}
