package org.casewatch.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped offline demo, run from a copy of the repository's demo files as a newcomer would. */
class DemoTest {

    @TempDir
    Path home;

    /** The demo tells the same story whatever day it is run on: these are the days a newcomer might try it. */
    @ParameterizedTest(name = "run on {0}")
    @ValueSource(strings = {"2026-11-30T06:00:00Z", "2026-12-03T04:00:00Z", "2027-06-01T12:00:00Z",
            "2036-12-31T23:00:00Z"})
    void theDemoAlertsTheFollowersAndRemindsThemOfTheHearingsOnceAndOnlyOnce(String today) {
        DemoHome demo = new DemoHome(home);
        Clock clock = Clock.fixed(Instant.parse(today), ZoneOffset.UTC);

        Cli first = demo.demo(clock);
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("as of Thursday 26 November 2026, 12:00 Asia/Almaty",
                "sources  4 polled, 0 failed", "items    12 new, 10 mentions of watched persons, 6 new alerts",
                "emails   6 queued, 6 delivered");
        assertThat(demo.emails()).containsExactly(
                "aliya.case-officer@example.org | casewatch: Aidos Temirkhanov in 2 new items",
                "aliya.case-officer@example.org | casewatch: Aidos Temirkhanov, appeal hearing on 3 Dec 2026 (in 7 days)",
                "director@example.org | casewatch: Aidos Temirkhanov, appeal hearing on 3 Dec 2026 (in 7 days)",
                "director@example.org | casewatch: Yerlan Tokmurzin, appeal hearing on 3 Dec 2026 (in 7 days)",
                "marat.land-desk@example.org | casewatch: Yerlan Tokmurzin, Zhanar Kenzhetayeva — новых материалов: 4",
                "marat.land-desk@example.org | casewatch: Yerlan Tokmurzin: апелляционное заседание, 3 декабря 2026"
                        + " (через 7 дней)");

        Cli second = demo.demo(clock);
        assertThat(second.out()).contains("items    0 new", "emails   0 queued, 0 delivered");
        assertThat(demo.emails()).hasSize(6);
    }

    @Test
    void theDemoSaysWhatItDoesAndWhen() {
        Cli help = Cli.run(Clock.fixed(Instant.parse("2026-11-30T06:00:00Z"), ZoneOffset.UTC), "demo", "--help");
        assertThat(help.out()).contains("as of 2026-11-26 12:00", "the same story on any day");
    }
}
