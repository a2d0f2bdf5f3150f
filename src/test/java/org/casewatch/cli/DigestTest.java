package org.casewatch.cli;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.casewatch.MutableClock;
import org.casewatch.TestFiles;
import org.casewatch.config.ConfigLoader;
import org.casewatch.match.PersonMatcher;
import org.casewatch.model.Person;
import org.casewatch.model.Visibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Daily staff and weekly partner digests under a clock the test moves: the expected sections, nothing for an
 * empty period, no internal person in any partner email in any spelling the matcher knows, and a preview
 * that equals what is then sent.
 */
class DigestTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @RegisterExtension
    static WireMockExtension web = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().gzipDisabled(true)).build();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path home;

    private final MutableClock clock = new MutableClock(Instant.EPOCH);

    private void write(String path, String text) {
        TestFiles.write(home, path, text);
    }

    private static String item(String guid, String title, String text) {
        return "<item><title>" + title + "</title><link>https://h.example/" + guid + "</link><guid>" + guid + "</guid>"
                + "<description>" + text + "</description></item>";
    }

    @BeforeEach
    void configure() throws IOException {
        write("config/casewatch.yaml", "database: var/d.db\ntimezone: Asia/Almaty\nmail:\n  transport: smtp\n"
                + "  smtp: {host: 127.0.0.1, port: " + smtp.getSmtp().getPort() + ", starttls: false}\n");
        write("config/watchlist.yaml", """
                persons:
                  - name: Aidos Temirkhanov
                    id: temirkhanov
                    note: lawyer asks us not to contact the family
                  - name: Gulmira Sadvakasova
                    id: sadvakasova
                    native: [Гульмира Садвакасова]
                    visibility: internal
                    sensitive: true
                  - name: Yerlan Tokmurzin
                    id: tokmurzin
                """);
        write("config/subscribers.yaml", """
                staff:
                  - email: dana@example.org
                    follows: all
                    alerts: daily
                partners:
                  - organisation: Partner Watch
                    emails: [desk@partner.example]
                    day: monday
                    time: "09:00"
                    cases: public
                  - organisation: Quiet Partner
                    emails: [quiet@partner.example]
                    day: monday
                    time: "09:00"
                    cases: {persons: [tokmurzin]}
                """);
        write("feeds/herald.yaml", "type: feed\nurl: " + web.baseUrl() + "/rss\n");
        web.stubFor(get("/rss").willReturn(aResponse().withStatus(200).withBody("<rss version=\"2.0\"><channel>"
                + "<title>Herald</title><link>https://h.example/</link><description>x</description>"
                + item("1", "Aidos Temirkhanov and Gulmira Sadvakasova in court",
                "The appeal of Aidos Temirkhanov will be heard on 3 December. His lawyer Gulmira Sadvakasova spoke.")
                + item("2", "Lawyer detained", "Гульмира Садвакасова was detained on Sunday.")
                + "</channel></rss>")));
    }

    private Cli at(String local, String... args) {
        clock.set(local, ALMATY);
        List<String> all = new ArrayList<>(List.of("--home", home.toString()));
        all.addAll(List.of(args));
        Cli cli = Cli.run(Map.of(), clock, all.toArray(String[]::new));
        assertThat(cli.code()).as(cli.err()).isZero();
        return cli;
    }

    private static String text(MimeMessage m) throws Exception {
        return (String) ((Multipart) m.getContent()).getBodyPart(0).getContent();
    }

    private static String html(MimeMessage m) throws Exception {
        return (String) ((Multipart) m.getContent()).getBodyPart(1).getContent();
    }

    @Test
    void dailyAndWeeklyDigestsSayWhatTheirReadersMaySee() throws Exception {
        at("2026-11-22T10:00", "run", "--once");
        assertThat(smtp.getReceivedMessages()).as("daily alerts wait for the digest").isEmpty();
        String preview = at("2026-11-23T08:30", "digest", "preview", "dana@example.org").out();
        at("2026-11-23T08:00", "run", "--once");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        MimeMessage daily = smtp.getReceivedMessages()[0];
        assertThat(daily.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo("dana@example.org");
        assertThat(daily.getSubject()).isEqualTo("casewatch daily digest, 23 November 2026: 2 developments");
        assertThat(text(daily)).containsSubsequence("== Aidos Temirkhanov ==",
                "Staff note: lawyer asks us not to contact the family", "New developments:",
                "Aidos Temirkhanov and Gulmira Sadvakasova in court (herald)", "Hearings in the next 14 days:",
                "3 December 2026, appeal (found, not confirmed)", "== Gulmira Sadvakasova ==", "Lawyer detained");
        assertThat(preview).contains("Subject: " + daily.getSubject()).contains(text(daily).replace("\r\n", "\n").strip());

        at("2026-11-23T09:00", "run", "--once");
        assertThat(smtp.getReceivedMessages()).as("the quiet partner's empty week sends nothing").hasSize(2);
        MimeMessage weekly = smtp.getReceivedMessages()[1];
        assertThat(weekly.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo("desk@partner.example");
        assertThat(weekly.getSubject()).isEqualTo("casewatch weekly digest, 16 November 2026 – 23 November 2026");
        assertThat(text(weekly)).contains("== Aidos Temirkhanov ==", "Aidos Temirkhanov and [name withheld] in court",
                "3 December 2026, appeal").doesNotContain("Staff note", "Sources:", "Lawyer detained");

        at("2026-11-23T12:00", "run", "--once");
        assertThat(smtp.getReceivedMessages()).as("each digest once").hasSize(2);
    }

    @Test
    void noPartnerEmailNamesAnInternalPersonInAnySpellingTheMatcherKnows() throws Exception {
        at("2026-11-22T10:00", "run", "--once");
        at("2026-11-23T09:00", "run", "--once");
        List<Person> internal = new ConfigLoader(home, Map.of()).loadWatchlist(home.resolve("config/watchlist.yaml"))
                .stream().filter(p -> p.visibility() == Visibility.INTERNAL).toList();
        PersonMatcher matcher = new PersonMatcher(internal);
        int partnerEmails = 0;
        for (MimeMessage m : smtp.getReceivedMessages()) {
            String to = m.getRecipients(Message.RecipientType.TO)[0].toString();
            if (to.endsWith("@partner.example")) {
                partnerEmails++;
                String all = m.getSubject() + "\n" + text(m) + "\n" + html(m).replaceAll("<[^>]+>", " ");
                assertThat(matcher.find(all)).as(to).isEmpty();
                assertThat(all.toLowerCase()).doesNotContain("sadvakasov", "садвакасов");
            }
            assertThat(m.getSubject()).doesNotContain("Sadvakasova", "Садвакасова");
        }
        assertThat(partnerEmails).isEqualTo(1);
    }
}
