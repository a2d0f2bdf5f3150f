package org.casewatch.web;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.casewatch.MutableClock;
import org.casewatch.TestFiles;
import org.casewatch.app.Casewatch;
import org.casewatch.app.Console;
import org.casewatch.config.Config;
import org.casewatch.config.ConfigLoader;
import org.casewatch.model.CycleReport;
import org.casewatch.model.WebSettings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * One casewatch home for the console's tests: fictional watchlist and staff, a feed file the test writes items
 * into, the daemon's cycle run on demand under a clock the test moves, and the console serving the same database on
 * a free loopback port. Emails land as .eml files in {@code var/outbox}.
 */
final class ConsoleFixture implements AutoCloseable {

    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    /** Wednesday 4 March 2030, 10:00 in Almaty: every date in the fixtures is relative to it. */
    static final Instant START = Instant.parse("2030-03-04T05:00:00Z");

    final Path home;
    final MutableClock clock = new MutableClock(START);
    final Config config;
    private final List<String> items = new ArrayList<>();
    private final Console console;
    private final ConsoleServer server;
    private int feedVersion;

    /** The console over a database holding two alerted stories: Aidos Temirkhanov's hearing, Yerlan Tokmurzin's move. */
    static ConsoleFixture withTwoStories(Path home) {
        ConsoleFixture cw = new ConsoleFixture(home);
        cw.publish("t-1", "Appeal hearing set for Aidos Temirkhanov",
                "The appeal hearing of Aidos Temirkhanov is scheduled for 14 March 2030 at the regional court.");
        cw.publish("k-1", "Yerlan Tokmurzin moved to another cell", "Yerlan Tokmurzin was moved, his lawyer said.");
        cw.cycle();
        return cw;
    }

    ConsoleFixture(Path home) {
        this(home, Map.of());
    }

    ConsoleFixture(Path home, Map<String, String> env) {
        this.home = home;
        TestFiles.write(home, "config/casewatch.yaml", """
                database: var/casewatch.db
                timezone: Asia/Almaty
                mail:
                  from: casewatch <casewatch@example.org>
                  transport: directory
                  directory: var/outbox
                web:
                  listen: 127.0.0.1:0
                """ + (env.containsKey("CASEWATCH_METRICS_TOKEN") ? "  metrics_token_env: CASEWATCH_METRICS_TOKEN\n" : ""));
        TestFiles.write(home, "config/watchlist.yaml", """
                persons:
                  - name: Aidos Temirkhanov
                    id: temirkhanov
                    native: [Айдос Темирханов]
                    tags: [journalists]
                    status: serving seven years
                    note: Lawyer visits on Tuesdays.
                  - name: Yerlan Tokmurzin
                    id: tokmurzin
                    native: [Ерлан Токмурзин]
                    tags: [land-protests]
                    status: in pre-trial detention
                """);
        TestFiles.write(home, "config/subscribers.yaml", """
                staff:
                  - email: aliya@example.org
                    name: Aliya
                    language: en
                    follows: {persons: [temirkhanov]}
                    alerts: immediate
                  - email: marat@example.org
                    name: Marat
                    language: ru
                    follows: {tags: [land-protests]}
                    alerts: daily
                partners:
                  - organisation: Partner Watch
                    emails: [desk@partner.example]
                """);
        TestFiles.write(home, "feeds/herald.yaml", "name: Steppe Herald\ntype: feed\nurl: file:feeds/samples/herald.xml\n");
        writeFeed();
        this.config = new ConfigLoader(home, env).load(Path.of("config"));
        this.console = Console.open(config, clock, env);
        this.server = ConsoleServer.start(console, new WebSettings.Listen("127.0.0.1", 0));
    }

    String baseUrl() {
        return server.baseUrl();
    }

    Console console() {
        return console;
    }

    /** Adds an item to the feed, published an hour before the clock's now. */
    void publish(String guid, String title, String text) {
        Instant at = clock.instant().minus(Duration.ofHours(1));
        items.add("<item><guid>" + guid + "</guid><title>" + xml(title) + "</title><link>https://herald.example/"
                + guid + "</link><pubDate>" + java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                at.atZone(java.time.ZoneOffset.UTC)) + "</pubDate><description>" + xml(text) + "</description></item>");
        writeFeed();
    }

    /** Adds an item whose link is given as is (a hostile feed's). */
    void publishRaw(String guid, String title, String link, String text) {
        items.add("<item><guid>" + guid + "</guid><title>" + xml(title) + "</title><link>" + xml(link) + "</link>"
                + "<description>" + xml(text) + "</description></item>");
        writeFeed();
    }

    private void writeFeed() {
        Path file = TestFiles.write(home, "feeds/samples/herald.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<rss version=\"2.0\"><channel><title>Steppe Herald</title><link>https://herald.example/</link>\n"
                + String.join("\n", items) + "\n</channel></rss>\n");
        try {
            // file: sources are polled conditionally on their modification time: every version must look newer.
            Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2020-01-01T00:00:00Z").plusSeconds(++feedVersion)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One cycle of the daemon, as {@code casewatch run --once} runs it, under the test's clock. */
    CycleReport cycle() {
        try (Casewatch app = Casewatch.open(config, clock, Map.of())) {
            return app.runOnce();
        }
    }

    /** The text of the digest a subscriber would get for the period ending at or before {@code at}; empty if none. */
    String digest(String subscriber, Instant at) {
        try (Casewatch app = Casewatch.open(config, clock, Map.of())) {
            return app.previewDigest(subscriber, at).map(m -> m.subject() + "\n" + m.text()).orElse("");
        }
    }

    /** The emails written so far, oldest first. */
    List<Mail> mails() {
        Path dir = home.resolve("var/outbox");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".eml"))
                    .sorted(Comparator.comparing(ConsoleFixture::modified)).map(Mail::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Mail> mailsTo(String recipient) {
        return mails().stream().filter(m -> m.to().equals(recipient)).toList();
    }

    /** The sign-in link in the newest sign-in email to {@code email}, waiting for it to be written. */
    String signInLink(String email, int previous) {
        await().atMost(Duration.ofSeconds(10)).until(() -> signIns(email).size() > previous);
        List<Mail> mails = signIns(email);
        Matcher m = Pattern.compile(Pattern.quote(baseUrl()) + "/login/[A-Za-z0-9_-]{43}").matcher(
                mails.get(mails.size() - 1).text());
        if (!m.find()) {
            throw new AssertionError("no sign-in link in " + mails.get(mails.size() - 1).text());
        }
        return m.group();
    }

    List<Mail> signIns(String email) {
        return mailsTo(email).stream().filter(m -> m.subject().contains("sign-in") || m.subject().contains("входа"))
                .toList();
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public void close() {
        server.close();
        console.close();
    }

    /** One email: recipient, subject and plain-text body. */
    record Mail(String to, String subject, String text, String raw) {

        static Mail read(Path file) {
            try (InputStream in = Files.newInputStream(file)) {
                MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), in);
                return new Mail(m.getAllRecipients()[0].toString(), m.getSubject(), text(m.getContent()),
                        Files.readString(file));
            } catch (Exception e) {
                throw new IllegalStateException("cannot read " + file + ": " + e, e);
            }
        }

        private static String text(Object content) throws Exception {
            if (content instanceof String s) {
                return s;
            }
            if (content instanceof jakarta.mail.Multipart mp) {
                StringBuilder out = new StringBuilder();
                for (int i = 0; i < mp.getCount(); i++) {
                    var part = mp.getBodyPart(i);
                    if (part.isMimeType("text/plain") || part.isMimeType("multipart/*")) {
                        out.append(text(part.getContent())).append('\n');
                    }
                }
                return out.toString();
            }
            return "";
        }
    }
}
