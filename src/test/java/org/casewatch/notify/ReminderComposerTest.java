package org.casewatch.notify;

import org.casewatch.model.AlertMode;
import org.casewatch.model.Follows;
import org.casewatch.model.HearingEvent;
import org.casewatch.model.HearingKind;
import org.casewatch.model.HearingStatus;
import org.casewatch.model.OutgoingMessage;
import org.casewatch.model.Person;
import org.casewatch.model.Source;
import org.casewatch.model.SourceKind;
import org.casewatch.model.Staff;
import org.casewatch.model.StoredHearing;
import org.casewatch.model.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderComposerTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final StoredHearing HEARING = new StoredHearing(7, "t", LocalDate.of(2026, 12, 3),
            Optional.of(LocalTime.of(10, 0)), Optional.empty(), HearingKind.PAROLE, "Semey city court", "bring the file",
            false, HearingStatus.SCHEDULED, Optional.of("The parole hearing is set for 3 December."),
            Optional.of("https://h.example/1"), Optional.of(LocalDate.of(2026, 11, 26)), Optional.of("court"));
    private static final Person SENSITIVE = new Person("t", "Aidos Temirkhanov", List.of("Aidos Temirkhanov"), List.of(),
            "", Visibility.PUBLIC, List.of(), List.of(), true, "");
    private static final Source COURT = new Source("court", "Oblast court schedule", SourceKind.PAGE,
            "https://court.example/schedule", Duration.ofHours(1), "ru", true, Optional.empty(), Optional.empty(), false);

    private final ReminderComposer composer = new ReminderComposer(new HearingCalendar(ALMATY), ALMATY, List.of(COURT));

    private static Staff staff(String language) {
        return new Staff("s@example.org", "S", language, Follows.everyone(), AlertMode.IMMEDIATE, true);
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ALMATY).toInstant();
    }

    @Test
    void aReminderCarriesTheDetailsTheEvidenceAndTheEvent() {
        OutgoingMessage m = composer.reminder(staff("en"), new HearingEvent(HEARING, SENSITIVE), Duration.ofDays(7),
                at("2026-11-26T08:00"));
        assertThat(m.subject()).isEqualTo("casewatch: A. T., parole hearing on 3 Dec 2026 (in 7 days)");
        assertThat(m.text()).contains("Aidos Temirkhanov's parole hearing is in 7 days.",
                "Date: Thursday 3 December 2026, 10:00", "Kind: parole", "Court: Semey city court",
                "Rescheduled: from Thursday 26 November 2026", "Evidence: The parole hearing is set for 3 December.",
                "Link: https://h.example/1");
        assertThat(m.key()).isEqualTo("reminder:7:10080m:s@example.org");
        assertThat(m.calendar()).hasValueSatisfying(ics -> assertThat(ics).contains("BEGIN:VEVENT",
                "UID:hearing-t-2026-12-03-parole@casewatch", "SUMMARY:Aidos Temirkhanov: parole hearing",
                "DTSTAMP:20261126T030000Z"));
    }

    /** The offset that made a reminder due names its key; the text says the time that is really left. */
    @ParameterizedTest(name = "{0} ({1}) at {2}: {3}")
    @CsvSource(delimiter = '|', value = {
            "en | 7 | 2026-11-26T08:00 | in 7 days",
            "en | 7 | 2026-11-30T13:30 | in 3 days",
            "en | 7 | 2026-12-02T23:59 | tomorrow at 10:00",
            "en | 1 | 2026-12-03T06:00 | today at 10:00",
            "ru | 7 | 2026-11-12T08:00 | через 21 день",
            "ru | 7 | 2026-11-28T08:00 | через 5 дней",
            "ru | 7 | 2026-11-30T08:00 | через 3 дня",
            "ru | 7 | 2026-11-11T08:00 | через 22 дня",
            "ru | 1 | 2026-12-02T08:00 | завтра в 10:00",
            "ru | 1 | 2026-12-03T08:00 | сегодня в 10:00",
    })
    void aReminderSaysTheTimeReallyLeft(String language, int offsetDays, String now, String when) {
        OutgoingMessage m = composer.reminder(staff(language), new HearingEvent(HEARING, SENSITIVE),
                Duration.ofDays(offsetDays), at(now));
        assertThat(m.subject()).endsWith("(" + when + ")");
        assertThat(m.text()).contains(when + ".");
        assertThat(m.key()).isEqualTo("reminder:7:" + offsetDays * 1440 + "m:s@example.org");
    }

    @Test
    void aHearingWithoutATimeIsTodayOrTomorrowByItsDay() {
        StoredHearing noTime = new StoredHearing(8, "t", LocalDate.of(2026, 12, 3), Optional.empty(), Optional.empty(),
                HearingKind.OTHER, "", "", true, HearingStatus.SCHEDULED, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        assertThat(composer.reminder(staff("en"), new HearingEvent(noTime, SENSITIVE), Duration.ofDays(1),
                at("2026-12-02T08:00")).subject()).isEqualTo("casewatch: A. T., hearing on 3 Dec 2026 (tomorrow)");
        assertThat(composer.reminder(staff("ru"), new HearingEvent(noTime, SENSITIVE), Duration.ofDays(1),
                at("2026-12-03T00:30")).subject()).isEqualTo("casewatch: A. T.: заседание, 3 декабря 2026 (сегодня)");
    }

    @Test
    void russianReadersGetRussianKindsAndStatuses() {
        OutgoingMessage m = composer.reminder(staff("ru"), new HearingEvent(HEARING, SENSITIVE), Duration.ofDays(1),
                at("2026-12-02T08:00"));
        assertThat(m.subject()).isEqualTo("casewatch: A. T.: заседание об УДО, 3 декабря 2026 (завтра в 10:00)");
        assertThat(m.text()).contains("По делу Aidos Temirkhanov: заседание об УДО — завтра в 10:00.",
                "Дата: 3 декабря 2026, 10:00", "Вид: УДО", "Суд: Semey city court")
                .doesNotContain("Вид: parole", "..");
        OutgoingMessage f = composer.followUp(staff("ru"), new HearingEvent(HEARING, SENSITIVE), at("2026-12-04T08:00"));
        assertThat(f.subject()).isEqualTo("casewatch: нет сведений об итогах заседания: A. T., 3 декабря 2026");
        assertThat(f.text()).contains("Пока нет сведений об итогах по делу Aidos Temirkhanov: заседание об УДО,");
    }

    @Test
    void aHearingFoundOnAPageWithoutLinksNamesItsSource() {
        StoredHearing fromTable = new StoredHearing(9, "t", LocalDate.of(2026, 12, 3), Optional.of(LocalTime.of(10, 0)),
                Optional.empty(), HearingKind.APPEAL, "", "", false, HearingStatus.SCHEDULED,
                Optional.of("03.12.2026 10:00 Дело № 1-214/2026, апелляция"), Optional.empty(), Optional.empty(),
                Optional.of("court"));
        OutgoingMessage m = composer.reminder(staff("en"), new HearingEvent(fromTable, SENSITIVE), Duration.ofDays(7),
                at("2026-11-26T08:00"));
        assertThat(m.text()).contains("Source: Oblast court schedule (https://court.example/schedule)")
                .doesNotContain("Link:");
        assertThat(m.html()).contains("<a href=\"https://court.example/schedule\">Oblast court schedule");
    }
}
