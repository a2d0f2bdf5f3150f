package org.casewatch.cli;

import java.time.ZoneOffset;
import java.time.Instant;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTest {

    /** The moment this test runs at, whatever the day: casewatch reads time only from this clock. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T06:00:00Z"), ZoneOffset.UTC);

    private static final Path FEEDS = Path.of("src/test/resources/fixtures/feeds").toAbsolutePath();

    @ParameterizedTest
    @ValueSource(strings = {"run", "demo", "config", "sources", "parse", "match"})
    void everyCommandHasHelp(String command) {
        Cli cli = Cli.run(CLOCK, command, "--help");
        assertThat(cli.code()).isZero();
        assertThat(cli.out()).startsWith("Usage: casewatch " + command);
    }

    @Test
    void theTopLevelHelpDocumentsExitCodes() {
        assertThat(Cli.run(CLOCK, "--help").out()).contains("Exit codes:", "3   the configuration has problems");
    }

    @Test
    void aWrongCommandLineExitsWithTwo() {
        assertThat(Cli.run(CLOCK, "run", "--twice").code()).isEqualTo(2);
        assertThat(Cli.run(CLOCK).code()).isEqualTo(2);
    }

    @Test
    void parseJsonPrintsOneObjectPerItemWithTheArgumentAsGiven() {
        String rss = FEEDS.resolve("rss20.xml").toString();
        Cli cli = Cli.run(CLOCK, "parse", "--json", rss);
        assertThat(cli.code()).isZero();
        List<String> lines = cli.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("{\"source\": \"" + rss + "\", \"title\": \"Appeal date set for Aidos Temirkhanov\","
                + " \"link\": \"https://herald.example/news/appeal?utm_source=rss\", \"guid\": \"herald-1\","
                + " \"published\": \"2026-11-20T04:15:00Z\","
                + " \"summary\": \"The appeal of Aidos Temirkhanov will be heard on 3 December.\"}");
        assertThat(lines.get(1)).contains("\"guid\": null");
    }

    @Test
    void parseGoesOnAfterASourceThatCannotBeRead() {
        String bad = FEEDS.resolve("not-a-feed.html").toString();
        String missing = FEEDS.resolve("missing.xml").toString();
        String atom = FEEDS.resolve("atom.xml").toString();
        Cli cli = Cli.run(CLOCK, "parse", "--json", bad, missing, atom);
        assertThat(cli.code()).isEqualTo(1);
        List<String> lines = cli.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("{\"source\": \"" + bad + "\", \"error\": \"not a readable RSS or Atom feed");
        assertThat(lines.get(1)).startsWith("{\"source\": \"" + missing + "\", \"error\": \"file not found");
        assertThat(lines.get(2)).startsWith("{\"source\": \"" + atom + "\", \"title\": \"Hunger strike & detention\"");
    }

    @Test
    void parseReadsABrokenFeedLenientlyAndSaysSoOnStandardError() {
        String broken = FEEDS.resolve("lenient-unclosed-cdata.xml").toString();
        Cli cli = Cli.run(CLOCK, "parse", "--json", broken);
        assertThat(cli.code()).isZero();
        assertThat(cli.out().lines()).hasSize(2).allMatch(l -> l.startsWith("{\"source\": \"" + broken + "\", \"title\""));
        assertThat(cli.err()).contains(broken + ": not well-formed, read leniently: ");
    }

    @Test
    void aBrokenConfigurationListsEveryProblemAndExitsWithThree(@TempDir Path home) throws IOException {
        Files.createDirectories(home.resolve("config"));
        Files.createDirectories(home.resolve("feeds"));
        Files.writeString(home.resolve("config/watchlist.yaml"), "persons:\n  - nmae: Aidos Temirkhanov\n");
        Files.writeString(home.resolve("config/subscribers.yaml"), "staff:\n  - email: a@example.org\n");
        Files.writeString(home.resolve("feeds/x.yaml"), "type: feed\n");
        for (String command : List.of("config check", "run --once", "sources")) {
            List<String> args = new java.util.ArrayList<>(List.of("--home", home.toString()));
            args.addAll(List.of(command.split(" ")));
            Cli cli = Cli.run(CLOCK, args.toArray(String[]::new));
            assertThat(cli.code()).as(command).isEqualTo(3);
            assertThat(cli.err().lines()).containsExactly(
                    "casewatch: the configuration has 4 problems:",
                    "  config/watchlist.yaml:2: persons[1].name: is missing (write the person's name as the press usually spells it)",
                    "  config/watchlist.yaml:2: persons[1].nmae: unknown field (did you mean 'name'?)",
                    "  config/subscribers.yaml:2: staff[1].follows: is missing (write follows: all, or persons: [ids] and/or tags: [tags])",
                    "  feeds/x.yaml:1: url: is missing (give the address to poll (http, https or file))");
        }
        assertThat(home.resolve("var")).doesNotExist();
    }

    @Test
    void configCheckRedactsSecrets(@TempDir Path home) throws IOException {
        Files.createDirectories(home.resolve("config"));
        Files.createDirectories(home.resolve("feeds"));
        Files.writeString(home.resolve("config/casewatch.yaml"), "mail:\n  transport: smtp\n  smtp:\n"
                + "    host: smtp.example.org\n    username: cw\n    password_env: CW_PASSWORD\n");
        Files.writeString(home.resolve("config/watchlist.yaml"), "- name: Aidos Temirkhanov\n");
        Files.writeString(home.resolve("config/subscribers.yaml"), "staff: []\n");
        Cli cli = Cli.run(Map.of("CW_PASSWORD", "correct-horse"), CLOCK,
                "--home", home.toString(), "config", "check");
        assertThat(cli.code()).isZero();
        assertThat(cli.out()).contains("password_env: CW_PASSWORD (value set, redacted)", "configuration OK: 1 persons")
                .doesNotContain("correct-horse");
        java.nio.file.Files.setPosixFilePermissions(home.resolve("config/watchlist.yaml"),
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        java.nio.file.Files.setPosixFilePermissions(home.resolve("config/casewatch.yaml"),
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        java.nio.file.Files.setPosixFilePermissions(home.resolve("config/subscribers.yaml"),
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        Cli warned = Cli.run(Map.of("CW_PASSWORD", "x"), CLOCK, "--home", home.toString(),
                "config", "check");
        assertThat(warned.out().lines().filter(l -> l.startsWith("warning: "))).containsExactly("warning: "
                + "config/watchlist.yaml is readable by every user on this machine; it names the persons you watch,"
                + " internal cases included (run: chmod 600 config/watchlist.yaml)");
    }
}
