package org.casewatch.cli;

import java.time.ZoneOffset;
import java.time.Instant;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class FindDatesCommandTest {

    /** The moment this test runs at, whatever the day: casewatch reads time only from this clock. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T06:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static final String TEXT = "The court session for Aidos Temirkhanov is scheduled for 3 March at 10:00. "
            + "Заседание по делу Ерлана Токмурзина отложено до 03.03.2020. Aidos Temirkhanov was born on 12 May 1980.";

    private String[] args(String... extra) throws IOException {
        Path list = Files.writeString(dir.resolve("watchlist.yaml"),
                "persons:\n  - name: Aidos Temirkhanov\n  - name: Yerlan Tokmurzin\n");
        Path text = Files.writeString(dir.resolve("article.txt"), TEXT);
        String[] head = {"dates", "--watchlist", list.toString(), "--json"};
        String[] all = new String[head.length + extra.length + 1];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(extra, 0, all, head.length, extra.length);
        all[all.length - 1] = text.toString();
        return all;
    }

    @Test
    void withoutAPublicationDateAYearlessDateStaysWithoutYear() throws IOException {
        Cli cli = Cli.run(CLOCK, args());
        assertThat(cli.code()).as(cli.err()).isZero();
        String file = dir.resolve("article.txt").toString();
        assertThat(cli.out().lines()).containsExactly(
                "{\"file\": \"" + file + "\", \"person\": \"Aidos Temirkhanov\", \"date\": null, \"month_day\": \"03-03\","
                        + " \"time\": \"10:00\", \"kind\": \"other\", \"status\": \"scheduled\", \"sentence\":"
                        + " \"The court session for Aidos Temirkhanov is scheduled for 3 March at 10:00.\"}",
                "{\"file\": \"" + file + "\", \"person\": \"Yerlan Tokmurzin\", \"date\": \"2020-03-03\", \"time\": null,"
                        + " \"kind\": \"other\", \"status\": \"postponed\", \"sentence\":"
                        + " \"Заседание по делу Ерлана Токмурзина отложено до 03.03.2020.\"}");
    }

    @Test
    void aPublicationDateFillsInTheYear() throws IOException {
        Cli cli = Cli.run(CLOCK, args("--published", "2026-11-20"));
        assertThat(cli.out().lines().findFirst().orElseThrow()).contains("\"date\": \"2027-03-03\"", "\"time\": \"10:00\"")
                .doesNotContain("month_day");
    }
}
