package org.casewatch.config;

import org.casewatch.TestFiles;
import org.casewatch.model.AlertMode;
import org.casewatch.model.DatabaseSettings;
import org.casewatch.model.MailTransport;
import org.casewatch.model.SourceKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigLoaderTest {

    @TempDir
    Path home;

    @BeforeEach
    void minimalHome() throws IOException {
        write("config/watchlist.yaml", "persons:\n  - name: Aidos Temirkhanov\n");
        write("config/subscribers.yaml", "staff:\n  - email: aliya@example.org\n    follows: all\n");
        write("feeds/herald.yaml", "type: feed\nurl: https://herald.example/rss\n");
    }

    private void write(String path, String text) {
        TestFiles.write(home, path, text);
    }

    private Config load() {
        return new ConfigLoader(home, Map.of()).load(Path.of("config"));
    }

    private List<String> problems() {
        try {
            load();
        } catch (ConfigException e) {
            return e.problems().stream().map(ConfigProblem::toString).toList();
        }
        throw new AssertionError("the configuration loaded without problems");
    }

    @Test
    void minimalFilesGetEveryDefault() {
        Config config = load();
        assertThat(config.persons()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("aidos-temirkhanov");
            assertThat(p.names()).containsExactly("Aidos Temirkhanov");
        });
        assertThat(config.staff()).singleElement().satisfies(s -> {
            assertThat(s.follows().all()).isTrue();
            assertThat(s.alerts()).isEqualTo(AlertMode.IMMEDIATE);
        });
        assertThat(config.sources()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("herald");
            assertThat(s.kind()).isEqualTo(SourceKind.FEED);
            assertThat(s.interval()).isEqualTo(Duration.ofMinutes(30));
        });
        assertThat(config.settings().database())
                .isEqualTo(new DatabaseSettings.Sqlite(home.toAbsolutePath().resolve("var/casewatch.db")));
        assertThat(config.settings().mail().transport()).isEqualTo(MailTransport.DIRECTORY);
        assertThat(config.settings().mail().directory()).isEqualTo(home.toAbsolutePath().resolve("var/outbox"));
    }

    @Test
    void politenessTowardsAHostIsADefaultAndCanBeTurnedOff() throws IOException {
        assertThat(load().settings().http().perHostDelay()).isEqualTo(Duration.ofSeconds(1));
        write("config/casewatch.yaml", "http:\n  per_host_delay: 0s\n");
        assertThat(load().settings().http().perHostDelay()).isZero();
        write("config/casewatch.yaml", "http:\n  per_host_delay: politely\n");
        assertThat(problems()).containsExactly("config/casewatch.yaml:2: http.per_host_delay: 'politely' is not a"
                + " duration (write e.g. 45s, 30m, 2h or 1d)");
    }

    @Test
    void textIsKeptHalfAYearUnlessToldOtherwise() throws IOException {
        assertThat(load().settings().retention()).contains(Duration.ofDays(180));
        write("config/casewatch.yaml", "retention: off\n");
        assertThat(load().settings().retention()).isEmpty();
        write("config/casewatch.yaml", "retention: 7d\n");
        assertThat(problems()).containsExactly("config/casewatch.yaml:1: retention: 7d is too short (use at least 30d)");
    }

    @Test
    void aBareListOfPersonsIsAWatchlistToo() throws IOException {
        write("config/watchlist.yaml", "- name: Aidos Temirkhanov\n- name: Жанар Кенжетаева\n  aliases: [Zhanar K.]\n");
        assertThat(load().persons()).extracting(p -> p.id()).containsExactly("aidos-temirkhanov", "жанар-кенжетаева");
    }

    @Test
    void relativeFileUrlsResolveAgainstTheHome() throws IOException {
        write("feeds/local.yaml", "type: feed\nurl: file:feeds/samples/x.xml\n");
        assertThat(load().sources()).filteredOn(s -> s.id().equals("local")).singleElement()
                .satisfies(s -> assertThat(s.url()).isEqualTo(home.toAbsolutePath().resolve("feeds/samples/x.xml")
                        .toUri().toString()));
    }

    @Test
    void everyProblemInEveryFileIsReportedWithFileLineAndField() throws IOException {
        write("config/casewatch.yaml", "timezone: Mars/Olympus\nhttp:\n  read_timout: 10s\n");
        write("config/watchlist.yaml", "persons:\n  - name: Aidos Temirkhanov\n    visibilty: internal\n  - tags: [x]\n");
        write("config/subscribers.yaml", "staff:\n  - email: not-an-address\n    follows:\n      persons: [nobody]\n");
        write("feeds/bad.yaml", "type: rss\nurl: ftp://x.example/feed\ninterval: often\n");
        assertThat(problems()).containsExactlyInAnyOrder(
                "config/casewatch.yaml:1: timezone: 'Mars/Olympus' is not a time zone (use a name like Asia/Almaty or UTC)",
                "config/casewatch.yaml:3: http.read_timout: unknown field (did you mean 'read_timeout'?)",
                "config/watchlist.yaml:3: persons[1].visibilty: unknown field (did you mean 'visibility'?)",
                "config/watchlist.yaml:4: persons[2].name: is missing (write the person's name as the press usually spells it)",
                "config/subscribers.yaml:2: staff[1].email: 'not-an-address' is not an email address (write e.g. aliya@example.org)",
                "config/subscribers.yaml:4: staff[1].follows.persons: no person in the watchlist has the id 'nobody'"
                        + " (use an id from the watchlist (casewatch config check lists them))",
                "feeds/bad.yaml:1: type: 'rss' is not allowed (use one of: feed, page)",
                "feeds/bad.yaml:2: url: 'ftp://x.example/feed' is not an http, https or file URL"
                        + " (write e.g. https://example.org/rss or file:feeds/samples/news.xml)",
                "feeds/bad.yaml:3: interval: 'often' is not a duration (write e.g. 45s, 30m, 2h or 1d)");
    }

    @Test
    void aYamlSyntaxErrorNamesTheLine() throws IOException {
        write("config/watchlist.yaml", "persons:\n  - name: Aidos\n   - name: broken indent\n");
        assertThat(problems()).singleElement().asString().startsWith("config/watchlist.yaml:3: (syntax): is not valid YAML");
    }

    @Test
    void passwordsAreNeverTakenFromFiles() throws IOException {
        write("config/casewatch.yaml", "mail:\n  transport: smtp\n  smtp:\n    host: smtp.example.org\n"
                + "    username: casewatch\n    password: hunter2\n");
        assertThat(problems()).anySatisfy(p -> assertThat(p).startsWith("config/casewatch.yaml:6: mail.smtp.password:"
                + " passwords are never written in configuration files"))
                .anySatisfy(p -> assertThat(p).contains("mail.smtp.password_env: username is set but password_env is not"))
                .noneSatisfy(p -> assertThat(p).contains("hunter2"));
    }

    @Test
    void aPasswordVariableThatIsNotSetIsAProblem() throws IOException {
        write("config/casewatch.yaml", "mail:\n  transport: smtp\n  smtp:\n    host: smtp.example.org\n"
                + "    username: casewatch\n    password_env: CW_TEST_PASSWORD\n");
        assertThat(problems()).containsExactly("config/casewatch.yaml:6: mail.smtp.password_env: environment variable"
                + " CW_TEST_PASSWORD is not set (export CW_TEST_PASSWORD before starting casewatch (see README, Operations))");
        Config config = new ConfigLoader(home, Map.of("CW_TEST_PASSWORD", "s3cret")).load(Path.of("config"));
        assertThat(config.settings().mail().smtp()).hasValueSatisfying(s ->
                assertThat(s.passwordEnv()).contains("CW_TEST_PASSWORD"));
    }

    @Test
    void duplicateIdsAreProblems() throws IOException {
        write("config/watchlist.yaml", "- name: Aidos Temirkhanov\n- name: aidos temirkhanov\n");
        write("feeds/other.yaml", "id: herald\ntype: feed\nurl: https://other.example/rss\n");
        assertThat(problems()).anySatisfy(p -> assertThat(p).startsWith("config/watchlist.yaml:2: persons[2].id:"
                        + " 'aidos-temirkhanov' is already used on line 1"))
                .anySatisfy(p -> assertThat(p).startsWith("feeds/other.yaml: id: 'herald' is already used by feeds/herald.yaml"));
    }

    @Test
    void missingFilesAreNamed() throws IOException {
        Files.delete(home.resolve("config/subscribers.yaml"));
        assertThat(problems()).containsExactly("config/subscribers.yaml: (file): does not exist (create it; see README.md)");
    }

    @Test
    void pageSourcesNeedSelectorsAndValidDatePatterns() throws IOException {
        write("feeds/court.yaml", "type: page\nurl: https://court.example/\n");
        write("feeds/court2.yaml", "type: page\nurl: https://court.example/2\npage:\n  items: tr\n  date_format: dd.MM.yyyy ppp\n");
        assertThat(problems()).anySatisfy(p -> assertThat(p).startsWith("feeds/court.yaml:1: page: a page source needs selectors"))
                .anySatisfy(p -> assertThat(p).startsWith("feeds/court2.yaml:5: page.date_format: 'dd.MM.yyyy ppp'"
                        + " is not a date pattern"));
    }

    @Test
    void knownHearingsAreReadAndCheckedAndStaffMayTurnRemindersOff() throws IOException {
        write("config/watchlist.yaml", """
                persons:
                  - name: Aidos Temirkhanov
                    hearings:
                      - date: 2026-12-03
                        time: "10:00"
                        timezone: Asia/Almaty
                        kind: parole
                        court: Semey city court
                        note: lawyer attends
                      - date: 2026-12-40
                        kind: hearing
                """);
        write("config/subscribers.yaml", "staff:\n  - email: aliya@example.org\n    follows: all\n    reminders: off\n");
        assertThat(problems()).containsExactly(
                "config/watchlist.yaml:10: persons[1].hearings[2].date: '2026-12-40' is not a date (write it as YYYY-MM-DD, e.g. 2026-12-03)",
                "config/watchlist.yaml:11: persons[1].hearings[2].kind: 'hearing' is not allowed (use one of: parole, appeal, cassation, trial, verdict, release, other)");
        write("config/watchlist.yaml", "persons:\n  - name: Aidos Temirkhanov\n    hearings:\n      - date: 2026-12-03\n"
                + "        time: \"10:00\"\n        kind: parole\n        court: Semey city court\n");
        Config config = load();
        assertThat(config.persons().get(0).hearings()).singleElement().satisfies(h -> {
            assertThat(h.date()).isEqualTo(java.time.LocalDate.of(2026, 12, 3));
            assertThat(h.time()).contains(java.time.LocalTime.of(10, 0));
            assertThat(h.court()).isEqualTo("Semey city court");
        });
        assertThat(config.staff().get(0).reminders()).isFalse();
        assertThat(config.settings().reminders().offsets()).containsExactly(Duration.ofDays(7), Duration.ofDays(1));
    }

    @Test
    void theShippedConfigurationsAreValid() {
        Path repo = Path.of("").toAbsolutePath();
        Map<String, String> env = Map.of("CASEWATCH_SMTP_PASSWORD", "x");
        assertThat(new ConfigLoader(repo, env).load(Path.of("config")).sources()).isNotEmpty();
        Config demo = new ConfigLoader(repo, env).load(Path.of("config/demo"));
        assertThat(demo.sources()).hasSize(4);
        assertThat(demo.settings().database()).isEqualTo(new DatabaseSettings.Sqlite(repo.resolve("var/demo/casewatch.db")));
    }
}
