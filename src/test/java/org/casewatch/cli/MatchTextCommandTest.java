package org.casewatch.cli;

import java.time.ZoneOffset;
import java.time.Instant;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MatchTextCommandTest {

    /** The moment this test runs at, whatever the day: casewatch reads time only from this clock. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T06:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path watchlist() throws IOException {
        return Files.writeString(dir.resolve("watchlist.yaml"), """
                persons:
                  - name: Aidos Temirkhanov
                  - name: Yerlan Tokmurzin
                    aliases: [Erlan Tokmurzin]
                """);
    }

    @Test
    void printsOneJsonObjectPerMentionWithOffsetsInTheText() throws IOException {
        Path text = Files.writeString(dir.resolve("article.txt"),
                "Айдос Темирханов не признал вину. Защита Темирханова обжалует приговор. Дана Абенова ждёт.",
                StandardCharsets.UTF_8);
        Cli cli = Cli.run(CLOCK, "match", "--watchlist", watchlist().toString(), "--json", text.toString());
        assertThat(cli.code()).as(cli.err()).isZero();
        assertThat(cli.out().lines()).containsExactly(
                "{\"file\": \"" + text + "\", \"person\": \"Aidos Temirkhanov\", \"id\": \"aidos-temirkhanov\","
                        + " \"surface\": \"Айдос Темирханов\", \"start\": 0, \"end\": 16, \"confidence\": 0.98,"
                        + " \"rule\": \"full name\"}",
                "{\"file\": \"" + text + "\", \"person\": \"Aidos Temirkhanov\", \"id\": \"aidos-temirkhanov\","
                        + " \"surface\": \"Темирханова\", \"start\": 41, \"end\": 52, \"confidence\": 0.9,"
                        + " \"rule\": \"surname, Russian genitive, after a full mention\"}");
    }

    @Test
    void readsStandardInputWhenNoFileIsGiven() throws IOException {
        Path list = watchlist();
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream("Lawyers for Erlan Tokmurzin appealed.".getBytes(StandardCharsets.UTF_8)));
        try {
            Cli cli = Cli.run(CLOCK, "match", "--watchlist", list.toString(), "--json");
            assertThat(cli.out().lines()).singleElement().asString()
                    .startsWith("{\"file\": \"-\", \"person\": \"Yerlan Tokmurzin\", \"id\": \"yerlan-tokmurzin\","
                            + " \"surface\": \"Erlan Tokmurzin\", \"start\": 12, \"end\": 27");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void aBrokenWatchlistIsAConfigurationError() throws IOException {
        Path list = Files.writeString(dir.resolve("bad.yaml"), "persons:\n  - nam: X\n");
        Cli cli = Cli.run(CLOCK, "match", "--watchlist", list.toString(), "--json");
        assertThat(cli.code()).isEqualTo(3);
        assertThat(cli.err()).contains("persons[1].name: is missing");
    }
}
