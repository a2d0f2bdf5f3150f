package org.casewatch.cli;

import java.time.ZoneOffset;
import java.time.Instant;
import java.time.Clock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.casewatch.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One hostile or broken source next to a good one, per row: the bad source fails with a clear error recorded
 * on its row, the run completes, and the good source still alerts.
 */
class HostileSourcesTest {

    /** The moment this test runs at, whatever the day: casewatch reads time only from this clock. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T06:00:00Z"), ZoneOffset.UTC);

    @RegisterExtension
    static WireMockExtension web = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().gzipDisabled(true)).build();

    @TempDir
    Path home;

    private static final String GOOD = "<rss version=\"2.0\"><channel><title>Good</title><link>https://good.example/</link>"
            + "<description>x</description><item><title>Appeal of Aidos Temirkhanov</title><guid>g1</guid>"
            + "<link>https://good.example/1</link><description>Aidos Temirkhanov appealed.</description></item>"
            + "</channel></rss>";

    @BeforeEach
    void configure() throws IOException {
        write("config/casewatch.yaml", "database: var/h.db\nalert_max_age: off\nhttp:\n  read_timeout: 2s\n"
                // every source here is on the one test server; politeness towards it is not what is tested
                + "  per_host_delay: 0s\n"
                + "  call_timeout: 3s\n  max_body: 1MB\n");
        write("config/watchlist.yaml", "- name: Aidos Temirkhanov\n");
        write("config/subscribers.yaml", "staff:\n  - email: aliya@example.org\n    follows: all\n");
        write("feeds/good.yaml", "type: feed\nurl: " + web.baseUrl() + "/good\n");
        write("feeds/bad.yaml", "type: feed\nurl: " + web.baseUrl() + "/bad\n");
        web.stubFor(get("/good").willReturn(aResponse().withStatus(200).withBody(GOOD)));
    }

    private void write(String path, String text) {
        TestFiles.write(home, path, text);
    }

    private Cli runWith(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder bad) {
        web.stubFor(get("/bad").willReturn(bad));
        Cli cli = Cli.run(CLOCK, "--home", home.toString(), "run", "--once");
        assertThat(cli.code()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("sources  2 polled, 1 failed", "emails   1 queued, 1 delivered");
        return cli;
    }

    private String badError() {
        Cli sources = Cli.run(CLOCK, "--home", home.toString(), "sources");
        return sources.out().lines().filter(l -> l.startsWith("bad ")).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"CONNECTION_RESET_BY_PEER, connection failed", "EMPTY_RESPONSE, connection failed",
            "MALFORMED_RESPONSE_CHUNK, connection failed", "RANDOM_DATA_THEN_CLOSE, connection failed"})
    void networkFaults(Fault fault, String error) {
        runWith(aResponse().withFault(fault));
        assertThat(badError()).contains("FAILING", error);
    }

    @Test
    void aBodyThatTricklesForeverIsCutByTheCallTimeout() {
        runWith(aResponse().withStatus(200).withBody("<rss>" + "x".repeat(2000) + "</rss>")
                .withChunkedDribbleDelay(50, 10_000));
        assertThat(badError()).contains("FAILING", "timed out");
    }

    @Test
    void anOversizedBodyAndAGzipBombAreCappedBeforeMemoryGrows() throws IOException {
        runWith(aResponse().withStatus(200).withBody("x".repeat(3 * 1024 * 1024)));
        assertThat(badError()).contains("response larger than 1048576 bytes");
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                gz.write(zeros);
            }
        }
        web.stubFor(get("/bad").willReturn(aResponse().withStatus(200).withHeader("Content-Encoding", "gzip")
                .withBody(zipped.toByteArray())));
        Cli cli = Cli.run(CLOCK, "--home", home.toString(), "run", "--once");
        assertThat(cli.out()).contains("1 failed");
        assertThat(badError()).contains("response larger than 1048576 bytes");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "plain text | this is no markup at all | not a readable RSS or Atom feed",
            "HTML served as a feed | <html><body><p>Welcome</p></body></html> | not a readable RSS or Atom feed",
            "XXE | <?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss>&x;</rss> | DTD entities",
            "billion laughs | <?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"ha\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
                    + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><rss>&c;</rss> | DTD entities",
            "empty body | '' | not a readable RSS or Atom feed",
    })
    void unreadableBodies(String name, String body, String error) {
        runWith(aResponse().withStatus(200).withBody(body));
        assertThat(badError()).contains("FAILING", error);
    }

    @Test
    void aRedirectToALoopbackAddressIsRefused() {
        runWith(aResponse().withStatus(302).withHeader("Location", "http://127.0.0.1:9/admin"));
        assertThat(badError()).contains("redirect to private address 127.0.0.1 refused");
    }

    @ParameterizedTest(name = "HTTP {0}")
    @CsvSource({"429", "503"})
    void busyServersWithRetryAfterAreRecordedAndWaitedFor(int status) {
        runWith(aResponse().withStatus(status).withHeader("Retry-After", "3600"));
        assertThat(badError()).contains("FAILING", "HTTP " + status);
        try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + home.resolve("var/h.db"));
             var st = db.prepareStatement("SELECT next_poll_at FROM source_state WHERE source_id = 'bad'");
             var rs = st.executeQuery()) {
            assertThat(rs.getLong(1)).as("not asked again before its Retry-After")
                    .isGreaterThan(CLOCK.millis() + 3_500_000);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aReadTimeoutIsAFailureOfThatSourceOnly() {
        runWith(aResponse().withStatus(200).withFixedDelay(2_500).withBody(GOOD));
        assertThat(badError()).contains("FAILING", "timed out");
    }

    @Test
    void aRedirectLoopIsStopped() {
        // The test server is on loopback: the source must allow private addresses for its redirects to be followed.
        write("feeds/bad.yaml", "type: feed\nallow_private: true\nurl: " + web.baseUrl() + "/bad\n");
        web.stubFor(get("/loop").willReturn(aResponse().withStatus(302).withHeader("Location", "/bad")));
        runWith(aResponse().withStatus(302).withHeader("Location", "/loop"));
        assertThat(badError()).contains("FAILING", "redirect loop");
    }

    @Test
    void aFeedThatLiesAboutItsCharsetIsStillReadAndAlerts() {
        String russian = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Вести</title>"
                + "<link>https://vesti.example/</link><description>x</description><item><title>Апелляция</title>"
                + "<guid>v1</guid><description>Суд рассмотрит жалобу Айдоса Темирханова в декабре.</description>"
                + "</item></channel></rss>";
        web.stubFor(get("/bad").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/rss+xml; charset=utf-8")
                .withBody(russian.getBytes(java.nio.charset.Charset.forName("windows-1251")))));
        Cli cli = Cli.run(CLOCK, "--home", home.toString(), "run", "--once");
        assertThat(cli.out()).as(cli.err()).contains("sources  2 polled, 0 failed",
                "items    2 new, 3 mentions of watched persons, 2 new alerts");
    }

    @Test
    void anEmptyFeedAHugeFeedAndAbsurdDatesAreNoFailure() throws IOException {
        StringBuilder huge = new StringBuilder("<rss version=\"2.0\"><channel><title>Huge</title><link>https://h.example/"
                + "</link><description>x</description>");
        for (int i = 0; i < 10_000; i++) {
            huge.append("<item><title>Item ").append(i).append("</title><guid>h").append(i).append("</guid>")
                    .append("<pubDate>").append(i % 2 == 0 ? "Mon, 01 Jan 1900 00:00:00 GMT" : "Fri, 01 Jan 3000 00:00:00 GMT")
                    .append("</pubDate></item>");
        }
        huge.append("</channel></rss>");
        write("feeds/empty.yaml", "type: feed\nurl: " + web.baseUrl() + "/empty\n");
        web.stubFor(get("/empty").willReturn(aResponse().withStatus(200).withBody("<rss version=\"2.0\"><channel><title>"
                + "E</title><link>https://e.example/</link><description>x</description></channel></rss>")));
        web.stubFor(get("/bad").willReturn(aResponse().withStatus(200).withBody(huge.toString().getBytes(StandardCharsets.UTF_8))));
        Cli cli = Cli.run(CLOCK, "--home", home.toString(), "run", "--once");
        assertThat(cli.out()).contains("sources  3 polled, 0 failed", "items    10001 new");
        Cli listing = Cli.run(CLOCK, "--home", home.toString(), "parse", "--json", web.baseUrl() + "/bad");
        assertThat(listing.out().lines().count()).isEqualTo(10_000);
        try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + home.resolve("var/h.db"));
             var rs = db.createStatement().executeQuery("SELECT COUNT(*) FROM item WHERE source_id = 'bad' "
                     + "AND published_at IS NOT NULL")) {
            rs.next();
            assertThat(rs.getInt(1)).as("dates in 1900 and 3000 are dropped").isZero();
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }
}
