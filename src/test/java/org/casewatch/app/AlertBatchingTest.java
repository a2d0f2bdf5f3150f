package org.casewatch.app;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
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
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** The daemon waits out the batch window: a burst of hits for one recipient is one email. */
class AlertBatchingTest {

    @RegisterExtension
    static WireMockExtension web = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().gzipDisabled(true)).build();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path home;

    private void write(String path, String text) {
        TestFiles.write(home, path, text);
    }

    private static String item(String guid, String title, String text) {
        return "<item><title>" + title + "</title><link>https://h.example/" + guid + "</link><guid>" + guid + "</guid>"
                + "<description>" + text + "</description></item>";
    }

    @Test
    void aBurstWithinTheWindowIsOneEmail() throws Exception {
        write("config/casewatch.yaml", "database: var/b.db\nalert_batch_window: 5m\nmail:\n  transport: smtp\n"
                + "  smtp: {host: 127.0.0.1, port: " + smtp.getSmtp().getPort() + ", starttls: false}\n");
        write("config/watchlist.yaml", "- name: Aidos Temirkhanov\n- name: Yerlan Tokmurzin\n");
        write("config/subscribers.yaml", "staff:\n  - email: aliya@example.org\n    follows: all\n");
        write("feeds/herald.yaml", "type: feed\nurl: " + web.baseUrl() + "/rss\n");
        web.stubFor(get("/rss").willReturn(aResponse().withStatus(200).withBody("<rss version=\"2.0\"><channel>"
                + "<title>Herald</title><link>https://h.example/</link><description>x</description>"
                + item("1", "Hearing set", "Aidos Temirkhanov will appear in court.")
                + item("2", "Hunger strike", "Yerlan Tokmurzin refuses food in the remand centre.")
                + item("3", "Letter from the colony", "A letter by Aidos Temirkhanov describes the cold barracks.")
                + "</channel></rss>")));
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T05:00:00Z"));
        Config config = new ConfigLoader(home, Map.of()).load(Path.of("config"));
        try (Casewatch app = Casewatch.open(config, clock, Map.of())) {
            assertThat(app.tick().queued()).isEqualTo(3);
            assertThat(smtp.getReceivedMessages()).isEmpty();
            clock.advance(Duration.ofMinutes(4));
            app.tick();
            assertThat(smtp.getReceivedMessages()).isEmpty();
            clock.advance(Duration.ofMinutes(1));
            assertThat(app.tick().alertEmails()).isEqualTo(1);
            clock.advance(Duration.ofMinutes(10));
            app.tick();
        }
        assertThat(smtp.getReceivedMessages()).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("casewatch: Aidos Temirkhanov, Yerlan Tokmurzin in 3 new items");
            String text = (String) ((jakarta.mail.Multipart) m.getContent()).getBodyPart(0).getContent();
            assertThat(text).containsSubsequence("== Aidos Temirkhanov ==", "Hearing set", "Letter from the colony",
                    "== Yerlan Tokmurzin ==", "Hunger strike");
        });
    }
}
