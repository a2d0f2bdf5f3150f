package org.casewatch.cli;

import java.time.ZoneOffset;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The SMTP password never appears in output, logs, the effective configuration or the database. */
class SecretsTest {

    /** The moment this test runs at, whatever the day: casewatch reads time only from this clock. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T06:00:00Z"), ZoneOffset.UTC);

    private static final String PASSWORD = "s3cret-Pa55-do-not-print";

    @TempDir
    Path home;

    @Test
    void thePasswordIsNeverPrintedLoggedOrStored() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Files.createDirectories(home.resolve("config"));
        Files.createDirectories(home.resolve("feeds"));
        Files.writeString(home.resolve("config/casewatch.yaml"), "database: var/s.db\nmail:\n  transport: smtp\n"
                + "  smtp: {host: 127.0.0.1, port: " + closed + ", starttls: false, username: cw, password_env: CW_PW}\n");
        Files.writeString(home.resolve("config/watchlist.yaml"), "- name: Aidos Temirkhanov\n");
        Files.writeString(home.resolve("config/subscribers.yaml"), "staff: []\n");
        Map<String, String> env = Map.of("CW_PW", PASSWORD);
        PrintStream savedErr = System.err;
        PrintStream savedOut = System.out;
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        StringBuilder printed = new StringBuilder();
        try (PrintStream capture = new PrintStream(logs, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            System.setOut(capture);
            for (String command : new String[]{"config check", "run --once", "sources", "hearings"}) {
                String[] args = ("--home " + home + " " + command).split(" ");
                Cli cli = Cli.run(env, CLOCK, args);
                printed.append(cli.out()).append(cli.err());
            }
        } finally {
            System.setErr(savedErr);
            System.setOut(savedOut);
        }
        assertThat(printed.toString()).contains("password_env: CW_PW (value set, redacted)").doesNotContain(PASSWORD);
        assertThat(logs.toString(StandardCharsets.UTF_8)).doesNotContain(PASSWORD);
        assertThat(Files.readString(home.resolve("var/s.db"), StandardCharsets.ISO_8859_1)).doesNotContain(PASSWORD);
    }
}
