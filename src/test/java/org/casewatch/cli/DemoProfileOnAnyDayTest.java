package org.casewatch.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guard against tests and demos that depend on the day they run: the demo profile's daemon, run on the
 * days around the samples' hearings (Thursday 3 December 2026: Yerlan Tokmurzin's appeal at 10:00 from a
 * court's table, Aidos Temirkhanov's appeal with no time from a news item), does what each day calls for.
 */
class DemoProfileOnAnyDayTest {

    @TempDir
    Path home;

    @Test
    void aDaemonRunningThroughTheWeekRemindsOnTimeWithTheTrueTimeLeftAndFollowsUpOnce() {
        DemoHome demo = new DemoHome(home);

        demo.cycleAt("2026-11-22T12:00");
        assertThat(demo.emails()).as("before the reminder window: the news alerts, nothing reminds")
                .hasSize(2).noneMatch(e -> e.contains("hearing on"));

        demo.cycleAt("2026-11-30T12:00");
        assertThat(reminders(demo)).as("the 7-day reminders, sent late, say the days really left").containsExactly(
                "aliya.case-officer@example.org | casewatch: Aidos Temirkhanov, appeal hearing on 3 Dec 2026 (in 3 days)",
                "director@example.org | casewatch: Aidos Temirkhanov, appeal hearing on 3 Dec 2026 (in 3 days)",
                "director@example.org | casewatch: Yerlan Tokmurzin, appeal hearing on 3 Dec 2026 (in 3 days)",
                "marat.land-desk@example.org | casewatch: Yerlan Tokmurzin: апелляционное заседание, 3 декабря 2026"
                        + " (через 3 дня)");

        demo.cycleAt("2026-12-02T07:59");
        assertThat(reminders(demo)).as("not before 08:00").hasSize(4);
        demo.cycleAt("2026-12-02T08:00");
        assertThat(reminders(demo)).as("the 1-day reminders at 08:00 the day before").hasSize(8).contains(
                "aliya.case-officer@example.org | casewatch: Aidos Temirkhanov, appeal hearing on 3 Dec 2026 (tomorrow)",
                "director@example.org | casewatch: Yerlan Tokmurzin, appeal hearing on 3 Dec 2026 (tomorrow at 10:00)",
                "marat.land-desk@example.org | casewatch: Yerlan Tokmurzin: апелляционное заседание, 3 декабря 2026"
                        + " (завтра в 10:00)");

        demo.cycleAt("2026-12-03T09:00");
        assertThat(demo.emails()).as("the day itself: everything was said").hasSize(10);

        demo.cycleAt("2026-12-04T08:00");
        assertThat(followUps(demo)).as("the day after, one follow-up per follower of a hearing with no outcome")
                .containsExactly(
                        "aliya.case-officer@example.org | casewatch: no outcome reported yet for Aidos Temirkhanov's"
                                + " hearing on 3 Dec 2026",
                        "director@example.org | casewatch: no outcome reported yet for Aidos Temirkhanov's hearing on"
                                + " 3 Dec 2026",
                        "director@example.org | casewatch: no outcome reported yet for Yerlan Tokmurzin's hearing on"
                                + " 3 Dec 2026",
                        "marat.land-desk@example.org | casewatch: нет сведений об итогах заседания: Yerlan Tokmurzin,"
                                + " 3 декабря 2026");
        demo.cycleAt("2026-12-05T08:00");
        assertThat(demo.emails()).as("and only once").hasSize(14);
    }

    @Test
    void onTheHearingDayAFirstRunSendsTheNearestReminderOnlySayingToday() {
        DemoHome demo = new DemoHome(home);
        demo.cycleAt("2026-12-03T08:30");
        assertThat(reminders(demo)).containsExactly(
                "aliya.case-officer@example.org | casewatch: Aidos Temirkhanov, appeal hearing on 3 Dec 2026 (today)",
                "director@example.org | casewatch: Aidos Temirkhanov, appeal hearing on 3 Dec 2026 (today)",
                "director@example.org | casewatch: Yerlan Tokmurzin, appeal hearing on 3 Dec 2026 (today at 10:00)",
                "marat.land-desk@example.org | casewatch: Yerlan Tokmurzin: апелляционное заседание, 3 декабря 2026"
                        + " (сегодня в 10:00)");
    }

    @Test
    void yearsLaterTheSamplesAreOldNewsAndNothingIsSent() {
        DemoHome demo = new DemoHome(home);
        Cli cycle = demo.cycleAt("2031-02-28T12:00");
        assertThat(cycle.out()).contains("items    12 new", "0 new alerts", "emails   0 queued");
        assertThat(demo.emails()).isEmpty();
    }

    private static List<String> reminders(DemoHome demo) {
        return demo.emails().stream().filter(e -> e.contains("hearing on") || e.contains("заседание,")).toList();
    }

    private static List<String> followUps(DemoHome demo) {
        return demo.emails().stream().filter(e -> e.contains("no outcome") || e.contains("нет сведений")).toList();
    }
}
