package org.casewatch.cli;

import org.casewatch.MutableClock;
import org.casewatch.TestFiles;
import org.casewatch.app.Casewatch;
import org.casewatch.config.ConfigLoader;
import org.casewatch.model.AlertMode;
import org.casewatch.model.Follows;
import org.casewatch.model.StaffPreferences;
import org.casewatch.store.MentionRepository;
import org.casewatch.store.PreferenceRepository;
import org.casewatch.store.SqliteDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What staff choose in the console is in force from the daemon's next cycle, without a restart, and the commands
 * show it: {@code casewatch subscribers} names where each setting comes from, {@code config check} lists the written
 * forms excluded as "not this person".
 */
class ConsoleChoicesTest {

    private static final Instant START = Instant.parse("2030-03-04T05:00:00Z");

    @TempDir
    Path home;

    private final MutableClock clock = new MutableClock(START);
    private int version;

    @Test
    void choicesMadeInTheConsoleAreInForceFromTheNextCycleAndShownByTheCommands() throws IOException {
        TestFiles.write(home, "config/casewatch.yaml", "database: var/cw.db\ntimezone: Asia/Almaty\n"
                + "mail: {transport: directory, directory: var/outbox}\n");
        TestFiles.write(home, "config/watchlist.yaml", "persons:\n  - name: Aidos Temirkhanov\n    id: temirkhanov\n"
                + "  - name: Yerlan Tokmurzin\n    id: tokmurzin\n");
        TestFiles.write(home, "config/subscribers.yaml", "staff:\n  - email: aliya@example.org\n    name: Aliya\n"
                + "    follows: {persons: [temirkhanov]}\n");
        TestFiles.write(home, "feeds/herald.yaml", "type: feed\nurl: file:feeds/herald.xml\n");
        feed("<item><guid>1</guid><title>Aidos Temirkhanov appeal</title><description>x</description></item>");
        var config = new ConfigLoader(home, Map.of()).load(Path.of("config"));
        try (Casewatch daemon = Casewatch.open(config, clock, Map.of())) {
            assertThat(daemon.runOnce().queued()).isEqualTo(1);
            // The console, in its own connection to the same database, while the daemon keeps running.
            try (SqliteDatabase console = SqliteDatabase.open(home.resolve("var/cw.db"))) {
                new PreferenceRepository(console).save(new StaffPreferences("aliya@example.org", Optional.of("ru"),
                        Optional.<AlertMode>empty(), Optional.of(false),
                        Optional.of(new Follows(false, Set.of("tokmurzin"), Set.of())), clock.instant()), clock.instant());
            }
            clock.advance(Duration.ofHours(1));
            feed("<item><guid>2</guid><title>Yerlan Tokmurzin on hunger strike</title><description>x</description></item>"
                    + "<item><guid>3</guid><title>Aidos Temirkhanov letter</title><description>x</description></item>");
            daemon.runOnce();
            // In force at once: her language (Russian), Tokmurzin only, and no alert about Temirkhanov any more.
            assertThat(subjects()).containsExactlyInAnyOrder("casewatch: Aidos Temirkhanov in herald",
                    "casewatch: Yerlan Tokmurzin — herald");

            try (SqliteDatabase console = SqliteDatabase.open(home.resolve("var/cw.db"))) {
                MentionRepository mentions = new MentionRepository(console);
                long id = mentions.ofPerson("tokmurzin", 10).get(0).id();
                assertThat(mentions.find(id).orElseThrow().mention().surface()).isEqualTo("Yerlan Tokmurzin");
                mentions.withdraw(id, true, "aliya@example.org", clock.instant());
            }
            clock.advance(Duration.ofHours(1));
            feed("<item><guid>4</guid><title>Yerlan Tokmurzin moved</title><description>x</description></item>"
                    + "<item><guid>5</guid><title>Yerlan  TOKMURZIN visited</title><description>x</description></item>");
            assertThat(daemon.runOnce().mentions()).as("that written form no longer counts").isZero();
        }

        Cli subscribers = Cli.run(Map.of(), clock, "--home", home.toString(), "subscribers");
        assertThat(subscribers.out()).contains("aliya@example.org (Aliya): language ru [console], alerts immediate "
                + "[subscribers.yaml], reminders off [console]; follows persons [tokmurzin] [console]");
        Cli check = Cli.run(Map.of(), clock, "--home", home.toString(), "config", "check");
        assertThat(check.code()).isZero();
        assertThat(check.out()).contains("(\"not this person\"): 1",
                "- tokmurzin: never «Yerlan Tokmurzin» (by aliya@example.org, 2030-03-04)");
    }

    private List<String> subjects() throws IOException {
        try (Stream<Path> files = Files.list(home.resolve("var/outbox"))) {
            return files.map(f -> {
                try {
                    return Files.readAllLines(f).stream().filter(l -> l.startsWith("Subject: ")).findFirst()
                            .map(l -> l.substring(9)).orElse("");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(ConsoleChoicesTest::decode).toList();
        }
    }

    private static String decode(String subject) {
        try {
            return jakarta.mail.internet.MimeUtility.decodeText(subject);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void feed(String items) {
        Path file = TestFiles.write(home, "feeds/herald.xml", "<rss version=\"2.0\"><channel><title>H</title>"
                + "<link>https://herald.example/</link>" + items + "</channel></rss>");
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2020-01-01T00:00:00Z").plusSeconds(++version)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
