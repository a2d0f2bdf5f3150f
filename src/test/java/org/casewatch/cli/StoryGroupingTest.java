package org.casewatch.cli;

import java.time.ZoneOffset;
import java.time.Instant;
import java.time.Clock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import org.casewatch.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** Three sources carry one story (other headlines, a trimmed body): each follower gets one alert. */
class StoryGroupingTest {

    /** The moment this test runs at, whatever the day: casewatch reads time only from this clock. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T06:00:00Z"), ZoneOffset.UTC);

    @RegisterExtension
    static WireMockExtension web = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().gzipDisabled(true)).build();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String BODY = "The regional appeals court will hear the case of Aidos Temirkhanov, the editor"
            + " sentenced to seven years last spring, on 3 December. His lawyers say the charges are political and that"
            + " the evidence was fabricated by the investigators who handled the case in the capital last year.";

    @TempDir
    Path home;

    private void write(String path, String text) {
        TestFiles.write(home, path, text);
    }

    private static void feed(String path, String guid, String title, String text) {
        web.stubFor(get(path).willReturn(aResponse().withStatus(200).withBody("<?xml version=\"1.0\"?><rss version="
                + "\"2.0\"><channel><title>x</title><link>https://" + guid + ".example/</link><description>x</description>"
                + "<item><title>" + title + "</title><link>https://" + guid + ".example/story</link><guid>" + guid
                + "</guid><description>" + text + "</description></item></channel></rss>")));
    }

    @Test
    void threeSourcesCarryingOneStoryYieldOneAlertPerFollower() throws IOException, MessagingException {
        write("config/casewatch.yaml", "database: var/s.db\nalert_max_age: off\nhttp:\n  per_host_delay: 0s\nmail:\n  transport: smtp\n"
                + "  smtp: {host: 127.0.0.1, port: " + smtp.getSmtp().getPort() + ", starttls: false}\n");
        write("config/watchlist.yaml", "- name: Aidos Temirkhanov\n");
        write("config/subscribers.yaml", "staff:\n  - email: aliya@example.org\n    follows: all\n"
                + "  - email: marat@example.org\n    follows: all\n");
        for (String id : new String[]{"herald", "wire", "daily"}) {
            write("feeds/" + id + ".yaml", "type: feed\nurl: " + web.baseUrl() + "/" + id + "\n");
        }
        feed("/herald", "herald", "Appeal date set for jailed editor", BODY);
        feed("/wire", "wire", "Court to hear Temirkhanov appeal in December", BODY.substring(0, BODY.length() * 2 / 3));
        feed("/daily", "daily", "Editor's appeal on 3 December", "Daily report. " + BODY);

        Cli cli = Cli.run(CLOCK, "--home", home.toString(), "run", "--once");
        assertThat(cli.code()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("items    3 new", "emails   2 queued, 2 delivered");
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).sorted()).containsExactly("aliya@example.org", "marat@example.org");
    }
}
