package org.casewatch.cli;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.casewatch.MutableClock;
import org.casewatch.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hearing found in a WireMock-served article, reminders received by GreenMail under a clock the test
 * moves: one 7-day and one 1-day reminder at 08:00 local time, nothing twice across restarts, new reminders
 * after a postponement, one follow-up when the day passes without an outcome.
 */
class HearingRemindersTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @RegisterExtension
    static WireMockExtension web = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().gzipDisabled(true)).build();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path home;

    private final MutableClock clock = new MutableClock(Instant.EPOCH);

    @BeforeEach
    void configure() throws IOException {
        write("config/casewatch.yaml", """
                database: var/e2e.db
                timezone: Asia/Almaty
                mail:
                  from: casewatch <casewatch@example.org>
                  transport: smtp
                  smtp: {host: 127.0.0.1, port: %d, starttls: false}
                """.formatted(smtp.getSmtp().getPort()));
        write("config/watchlist.yaml", "persons:\n  - name: Aidos Temirkhanov\n    id: temirkhanov\n"
                + "  - name: Yerlan Tokmurzin\n    id: tokmurzin\n");
        write("config/subscribers.yaml", """
                staff:
                  - email: aliya@example.org
                    follows: {persons: [temirkhanov]}
                  - email: marat@example.org
                    follows: {persons: [tokmurzin]}
                  - email: quiet@example.org
                    follows: all
                    alerts: off
                    reminders: off
                """);
        write("feeds/herald.yaml", "type: feed\nurl: " + web.baseUrl() + "/rss\n");
        serve(item("h-1", "Fri, 20 Nov 2026 09:00:00 +0500", "Appeal date set",
                "The appeal of Aidos Temirkhanov will be heard on 3 December at 10:00, his lawyer said."));
    }

    private void write(String path, String text) {
        TestFiles.write(home, path, text);
    }

    private static String item(String guid, String date, String title, String text) {
        return "<item><title>" + title + "</title><link>https://herald.example/" + guid + "</link><guid>" + guid
                + "</guid><pubDate>" + date + "</pubDate><description>" + text + "</description></item>";
    }

    private static void serve(String... items) {
        web.stubFor(get("/rss").willReturn(aResponse().withStatus(200).withBody("<?xml version=\"1.0\"?><rss version="
                + "\"2.0\"><channel><title>Herald</title><link>https://herald.example/</link><description>x</description>"
                + String.join("", items) + "</channel></rss>")));
    }

    private Cli runAt(String localDateTime) {
        clock.set(localDateTime, ALMATY);
        Cli cli = Cli.run(Map.of(), clock, "--home", home.toString(), "run", "--once");
        assertThat(cli.code()).as(cli.err()).isZero();
        return cli;
    }

    private static List<String> mail() {
        List<String> out = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            try {
                ZonedDateTime sent = m.getSentDate().toInstant().atZone(ALMATY);
                out.add(m.getRecipients(Message.RecipientType.TO)[0] + " " + sent.toLocalDateTime() + " " + m.getSubject());
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    @Test
    void oneSevenDayAndOneOneDayReminderAtEightLocalTimeAndNoneTwice() throws Exception {
        runAt("2026-11-20T10:00");
        runAt("2026-11-26T07:59");
        runAt("2026-11-26T08:00");
        runAt("2026-11-26T12:00");
        runAt("2026-12-02T08:05");
        runAt("2026-12-02T09:00");
        assertThat(mail()).containsExactly(
                "aliya@example.org 2026-11-20T10:00 casewatch: Aidos Temirkhanov in herald",
                "aliya@example.org 2026-11-26T08:00 casewatch: Aidos Temirkhanov, appeal hearing on 3 Dec 2026 (in 7 days)",
                "aliya@example.org 2026-12-02T08:05 casewatch: Aidos Temirkhanov, appeal hearing on 3 Dec 2026 (tomorrow at 10:00)");
        MimeMessage reminder = smtp.getReceivedMessages()[1];
        String raw = GreenMailUtil.getWholeMessage(reminder);
        assertThat(raw).contains("Content-Type: text/calendar", "hearing.ics");
        String body = GreenMailUtil.getBody(reminder);
        assertThat(body).contains("The appeal of Aidos Temirkhanov will be heard on 3 December at 10:00",
                "https://herald.example/h-1", "found in the news, not confirmed");
    }

    @Test
    void aPostponementMovesTheRemindersAndAPassedDayWithoutOutcomeGetsOneFollowUp() throws Exception {
        runAt("2026-11-20T10:00");
        runAt("2026-11-26T08:00");
        serve(item("h-1", "Fri, 20 Nov 2026 09:00:00 +0500", "Appeal date set",
                "The appeal of Aidos Temirkhanov will be heard on 3 December at 10:00, his lawyer said."),
                item("h-2", "Tue, 01 Dec 2026 12:00:00 +0500", "Appeal postponed",
                        "The appeal of Aidos Temirkhanov was postponed to 15 December."));
        runAt("2026-12-01T13:00");
        runAt("2026-12-02T08:00");
        runAt("2026-12-08T08:00");
        runAt("2026-12-14T08:00");
        runAt("2026-12-16T08:00");
        runAt("2026-12-16T09:00");
        assertThat(mail()).containsExactly(
                "aliya@example.org 2026-11-20T10:00 casewatch: Aidos Temirkhanov in herald",
                "aliya@example.org 2026-11-26T08:00 casewatch: Aidos Temirkhanov, appeal hearing on 3 Dec 2026 (in 7 days)",
                "aliya@example.org 2026-12-01T13:00 casewatch: Aidos Temirkhanov in herald",
                "aliya@example.org 2026-12-08T08:00 casewatch: Aidos Temirkhanov, appeal hearing on 15 Dec 2026 (in 7 days)",
                "aliya@example.org 2026-12-14T08:00 casewatch: Aidos Temirkhanov, appeal hearing on 15 Dec 2026 (tomorrow)",
                "aliya@example.org 2026-12-16T08:00 casewatch: no outcome reported yet for Aidos Temirkhanov's hearing on 15 Dec 2026");
        assertThat(GreenMailUtil.getBody(smtp.getReceivedMessages()[3])).contains("Rescheduled", "Thursday 3 December 2026");

        clock.set("2026-12-16T10:00", ALMATY);
        Path ics = home.resolve("hearings.ics");
        Cli export = Cli.run(Map.of(), clock, "--home", home.toString(), "hearings", "--from", "2026-12-01", "--ics",
                ics.toString());
        assertThat(export.out()).contains("wrote 2 hearings");
        ICalendar calendar = Biweekly.parse(Files.readString(ics)).first();
        assertThat(calendar.getEvents()).extracting(e -> e.getUid().getValue() + " " + e.getStatus().getValue())
                .containsExactly("hearing-temirkhanov-2026-12-03-appeal@casewatch CANCELLED",
                        "hearing-temirkhanov-2026-12-15-appeal@casewatch TENTATIVE");
        VEvent first = calendar.getEvents().get(0);
        assertThat(first.getDateStart().getValue().toInstant()).isEqualTo(
                ZonedDateTime.of(2026, 12, 3, 10, 0, 0, 0, ALMATY).toInstant());
        Cli again = Cli.run(Map.of(), clock, "--home", home.toString(), "hearings", "--from", "2026-12-01", "--json");
        assertThat(again.out().lines()).hasSize(2).first().asString()
                .contains("\"date\": \"2026-12-03\"", "\"status\": \"postponed\"", "\"origin\": \"found\"");
    }
}
