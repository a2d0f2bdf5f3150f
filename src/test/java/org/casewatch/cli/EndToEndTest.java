package org.casewatch.cli;

import java.time.ZoneOffset;
import java.time.Instant;
import java.time.Clock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.casewatch.TestFiles;
import org.casewatch.store.LocalPostgres;
import org.casewatch.store.TestStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sources served by WireMock, state in a temporary SQLite file or a PostgreSQL database, alerts received by GreenMail:
 * one cycle gives exactly the expected emails, a second gives none, and broken sources are recorded while the others
 * alert.
 */
@ParameterizedClass
@EnumSource(TestStore.class)
class EndToEndTest {

    @Parameter
    TestStore store;

    /** The moment this test runs at, whatever the day: casewatch reads time only from this clock. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T06:00:00Z"), ZoneOffset.UTC);

    @RegisterExtension
    static WireMockExtension web = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().gzipDisabled(true)).build();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path home;

    @BeforeEach
    void configure() throws IOException {
        write("config/casewatch.yaml", database() + """
                timezone: Asia/Almaty
                alert_max_age: off
                http:
                  per_host_delay: 0s
                mail:
                  from: casewatch <casewatch@example.org>
                  transport: smtp
                  smtp:
                    host: 127.0.0.1
                    port: %d
                    starttls: false
                """.formatted(smtp.getSmtp().getPort()));
        write("config/watchlist.yaml", """
                persons:
                  - name: Aidos Temirkhanov
                    id: temirkhanov
                    native: [Айдос Темирханов]
                    not: [Dana Temirkhanova]
                  - name: Yerlan Tokmurzin
                    id: tokmurzin
                    native: [Ерлан Токмурзин]
                    aliases: [Erlan Tokmurzin]
                    tags: [land]
                  - name: Zhanar Kenzhetayeva
                    tags: [land]
                """);
        write("config/subscribers.yaml", """
                staff:
                  - email: aliya@example.org
                    follows: {persons: [temirkhanov]}
                  - email: marat@example.org
                    follows: {tags: [land]}
                  - email: director@example.org
                    follows: all
                    alerts: off
                """);
        source("herald", "type: feed\nurl: %s/herald/rss\n");
        source("bulletin", "type: feed\nurl: %s/bulletin/atom\narticle:\n  selector: div.story\n");
        source("court", "type: page\nurl: %s/court/schedule\npage:\n  items: tr.hearing\n  title: td.case\n"
                + "  date: td.date\n  date_format: dd.MM.yyyy\n");
        source("vesti", "type: feed\nurl: %s/vesti/rss\nlanguage: ru\n");
        source("garbage", "type: feed\nurl: %s/garbage\n");
        source("gone", "type: feed\nurl: %s/gone\n");
        serveSources();
    }

    /** The database: line of each store (a fresh database on the local PostgreSQL). */
    private String database() {
        if (store == TestStore.SQLITE) {
            return "database: var/e2e.db\n";
        }
        LocalPostgres server = LocalPostgres.shared();
        return "database:\n  url: postgresql://127.0.0.1:%d/%s\n  username: %s\n".formatted(server.port(),
                server.createDatabase("e2e"), server.user());
    }

    private void write(String path, String text) {
        TestFiles.write(home, path, text);
    }

    private void source(String id, String yaml) throws IOException {
        write("feeds/" + id + ".yaml", "name: " + id + "\n" + yaml.formatted(web.baseUrl()));
    }

    private static void serveSources() {
        web.stubFor(get("/herald/rss").withHeader("If-None-Match", equalTo("\"h1\""))
                .atPriority(1).willReturn(aResponse().withStatus(304)));
        web.stubFor(get("/herald/rss").atPriority(2).willReturn(aResponse().withStatus(200).withHeader("ETag", "\"h1\"")
                .withHeader("Content-Type", "application/rss+xml; charset=utf-8").withBody("""
                        <?xml version="1.0" encoding="UTF-8"?>
                        <rss version="2.0"><channel><title>Herald</title><link>https://herald.example/</link>
                        <description>Fictional</description>
                        <item><title>Appeal date set for Aidos Temirkhanov</title><link>/news/1</link><guid>h-1</guid>
                          <description>The court will hear Aidos Temirkhanov on 3 December &lt;b&gt;in the capital&lt;/b&gt;.</description></item>
                        <item><title>Farmers rally</title><link>/news/2</link><guid>h-2</guid>
                          <description>Activist Zhanar Kenzhetayeva spoke for the village.</description></item>
                        <item><title>Exhibition opens</title><link>/news/3</link><guid>h-3</guid>
                          <description>Photographs by Dana Temirkhanova are on show.</description></item>
                        </channel></rss>""")));
        web.stubFor(get("/bulletin/atom").willReturn(aResponse().withStatus(200).withBody("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Bulletin</title><id>urn:b</id>
                <updated>2026-11-22T10:00:00Z</updated>
                <entry><title>Hunger strike enters its second week</title><id>urn:b:1</id>
                <link href="articles/1.html"/><updated>2026-11-22T09:30:00Z</updated></entry>
                </feed>""")));
        web.stubFor(get("/bulletin/articles/1.html").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=utf-8").withBody("""
                        <html><body><nav>Menu</nav><div class="story"><p>Erlan Tokmurzin has refused food
                        for eight days.</p></div></body></html>""")));
        web.stubFor(get("/court/schedule").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=utf-8").withBody("""
                        <html><body><table>
                        <tr class="hearing"><td class="date">03.12.2026</td><td class="case">Апелляция: Ерлан Токмурзин</td></tr>
                        <tr class="hearing"><td class="date">04.12.2026</td><td class="case">Гражданское дело о долге</td></tr>
                        </table></body></html>""")));
        web.stubFor(get("/vesti/rss").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/rss+xml")
                .withBody("""
                        <?xml version="1.0"?>
                        <rss version="2.0"><channel><title>Вести</title><link>https://vesti.example/</link>
                        <description>Вымышленные</description>
                        <item><title>Журналиста перевели в другую колонию</title><link>https://vesti.example/1</link>
                        <description>Айдос Темирханов находится в колонии в соседней области.</description></item>
                        </channel></rss>""".getBytes(Charset.forName("windows-1251")))));
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        web.stubFor(get("/garbage").willReturn(aResponse().withStatus(200).withBody(noise)));
        web.stubFor(get("/gone").willReturn(aResponse().withStatus(404)));
    }

    private Cli casewatch(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--home";
        all[1] = home.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Cli.run(CLOCK, all);
    }

    private static List<String> received() {
        return Arrays.stream(smtp.getReceivedMessages()).map(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0] + " | " + m.getSubject();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).sorted().toList();
    }

    @Test
    void oneCycleAlertsExactlyTheFollowersAndASecondCycleAlertsNobody() throws Exception {
        Cli first = casewatch("run", "--once");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(received()).containsExactly(
                "aliya@example.org | casewatch: Aidos Temirkhanov in 2 new items",
                "marat@example.org | casewatch: Yerlan Tokmurzin, Zhanar Kenzhetayeva in 3 new items");
        assertThat(first.out()).contains("sources  6 polled, 2 failed, 0 not modified", "5 new alerts",
                "emails   2 queued, 2 delivered, 0 waiting", "mail to  smtp://127.0.0.1:",
                "failed   garbage: not a readable RSS or Atom feed", "failed   gone: HTTP 404");

        MimeMessage aliya = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> subject(m).contains("Temirkhanov")).findFirst().orElseThrow();
        String raw = com.icegreen.greenmail.util.GreenMailUtil.getWholeMessage(aliya);
        // A relative link resolves against the feed's own address, as RFC 3986 and feedparser have it.
        assertThat(raw).contains(web.baseUrl() + "/news/1", "https://vesti.example/1")
                .doesNotContain("<b>in the capital");
        MimeMessage toMarat = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> subject(m).contains("Tokmurzin")).findFirst().orElseThrow();
        String marat = (String) ((jakarta.mail.Multipart) toMarat.getContent()).getBodyPart(0).getContent();
        assertThat(marat).contains("Hunger strike enters its second week", "[[Erlan Tokmurzin]] has refused food",
                "Апелляция: Ерлан Токмурзин", "Farmers rally");

        Cli second = casewatch("run", "--once");
        assertThat(second.out()).contains("sources  6 polled, 2 failed, 1 not modified", "emails   0 queued, 0 delivered");
        assertThat(smtp.getReceivedMessages()).hasSize(2);

        Cli sources = casewatch("sources");
        assertThat(sources.code()).isEqualTo(1);
        assertThat(sources.out()).containsPattern("garbage\\s+feed\\s+FAILING\\s+never\\s+2 .*not a readable RSS")
                .containsPattern("herald\\s+feed\\s+ok\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\s+0 ")
                .contains("2 of 6 sources failing");
    }

    /**
     * Court pages and headline-only feeds title many different articles alike: each is told apart by its own
     * guid and link, fetched, matched and alerted, never taken for a repeat of the first because of its headline.
     */
    @Test
    void articlesUnderOneGenericHeadlineAreEachFetchedAndAlerted() throws Exception {
        source("headlines", "type: feed\nurl: %s/headlines/rss\nlanguage: ru\narticle:\n  selector: div.story\n");
        StringBuilder feed = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Headlines</title><link>https://headlines.example/</link>
                <description>Fictional</description>""");
        // The second and third read alike, a template around the name as court press releases are, but are about
        // different people; the first and fourth name one person in two different articles.
        String template = "%s снова в центре внимания: адвокат рассказал о положении дел.";
        List<String> texts = List.of(
                "Айдос Темирханов подал жалобу на условия содержания: в камере нет отопления, говорит адвокат.",
                template.formatted("Жанар Кенжетаева"), template.formatted("Ерлан Токмурзин"),
                "Aidos Temirkhanov was moved to a colony in Pavlodar region on Tuesday, his relatives said.");
        for (int i = 1; i <= texts.size(); i++) {
            feed.append("<item><title>Новости</title><link>%s/headlines/%d.html</link><guid>n-%d</guid></item>\n"
                    .formatted(web.baseUrl(), i, i));
            web.stubFor(get("/headlines/" + i + ".html").willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "text/html; charset=utf-8")
                    .withBody("<html><body><div class=\"story\"><p>" + texts.get(i - 1) + "</p></div></body></html>")));
        }
        web.stubFor(get("/headlines/rss").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/rss+xml; charset=utf-8").withBody(feed + "</channel></rss>")));

        Cli cycle = casewatch("run", "--once");

        assertThat(cycle.code()).as(cycle.err()).isZero();
        StringBuilder all = new StringBuilder();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            all.append(((jakarta.mail.Multipart) m.getContent()).getBodyPart(0).getContent()).append('\n');
        }
        for (int i = 1; i <= texts.size(); i++) {
            assertThat(all).as("article %d under the shared headline alerts its follower", i)
                    .contains(web.baseUrl() + "/headlines/" + i + ".html");
        }
        assertThat(casewatch("run", "--once").out()).as("and once only").contains("emails   0 queued");
    }

    /**
     * A feed that is not well-formed is read leniently, alerts like any other and is no failure; its items carry
     * what feedparser's sanitizer cases carry (script, event handlers, remote images and styles, javascript:
     * links), and the email built from them holds none of it, only their text.
     */
    @Test
    void aBrokenFeedOfHostileMarkupIsReadLenientlyAndItsAlertHoldsOnlyText() throws Exception {
        source("hostile", "type: feed\nurl: %s/hostile/rss\n");
        web.stubFor(get("/hostile/rss").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/rss+xml; charset=utf-8")
                .withBody(org.casewatch.parse.Fixtures.bytes("feeds/lenient-hostile.xml"))));

        Cli cycle = casewatch("run", "--once");

        assertThat(cycle.code()).as(cycle.err()).isZero();
        assertThat(cycle.out()).contains("sources  7 polled, 2 failed");
        MimeMessage aliya = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> subject(m).contains("Temirkhanov")).findFirst().orElseThrow();
        jakarta.mail.Multipart parts = (jakarta.mail.Multipart) aliya.getContent();
        String html = null;
        String text = null;
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType("text/html")) {
                html = (String) parts.getBodyPart(i).getContent();
            } else if (parts.getBodyPart(i).isMimeType("text/plain")) {
                text = (String) parts.getBodyPart(i).getContent();
            }
        }
        assertThat(text).contains("appealed & waits", "Second look at");
        org.jsoup.nodes.Document email = org.jsoup.Jsoup.parse(html);
        assertThat(email.text()).contains("appealed & waits", "Second look at");
        assertThat(email.select("script, iframe, frame, object, embed, img, image, video, audio, link, style, base"))
                .as("no active or remote element").isEmpty();
        for (org.jsoup.nodes.Element e : email.getAllElements()) {
            for (org.jsoup.nodes.Attribute a : e.attributes()) {
                assertThat(a.getKey()).as("no event handler on <%s>", e.tagName()).doesNotStartWith("on");
                assertThat(a.getKey()).as("nothing fetched by <%s>", e.tagName()).isNotIn("src", "srcset", "background");
                assertThat(a.getValue().toLowerCase(java.util.Locale.ROOT)).as("<%s %s>", e.tagName(), a.getKey())
                        .doesNotContain("javascript:").doesNotContain("url(");
            }
        }
        assertThat(email.select("a[href]")).extracting(a -> a.attr("href")).allMatch(h -> h.matches("https?://.*"));

        Cli sources = casewatch("sources");
        assertThat(sources.out()).containsPattern("hostile\\s+feed\\s+lenient\\s+.*read leniently: ")
                .contains("2 of 7 sources failing");
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
