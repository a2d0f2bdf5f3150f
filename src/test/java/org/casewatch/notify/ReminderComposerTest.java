package org.casewatch.notify;

import org.casewatch.model.AlertMode;
import org.casewatch.model.Follows;
import org.casewatch.model.HearingEvent;
import org.casewatch.model.HearingKind;
import org.casewatch.model.HearingStatus;
import org.casewatch.model.OutgoingMessage;
import org.casewatch.model.Person;
import org.casewatch.model.Staff;
import org.casewatch.model.StoredHearing;
import org.casewatch.model.Visibility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderComposerTest {

    private static final StoredHearing HEARING = new StoredHearing(7, "t", LocalDate.of(2026, 12, 3),
            Optional.of(LocalTime.of(10, 0)), Optional.empty(), HearingKind.PAROLE, "Semey city court", "bring the file",
            false, HearingStatus.SCHEDULED, Optional.of("The parole hearing is set for 3 December."),
            Optional.of("https://h.example/1"), Optional.of(LocalDate.of(2026, 11, 26)));
    private static final Person SENSITIVE = new Person("t", "Aidos Temirkhanov", List.of("Aidos Temirkhanov"), List.of(),
            "", Visibility.PUBLIC, List.of(), List.of(), true, "");

    private final ReminderComposer composer = new ReminderComposer(new HearingCalendar(ZoneId.of("Asia/Almaty")));

    private static Staff staff(String language) {
        return new Staff("s@example.org", "S", language, Follows.everyone(), AlertMode.IMMEDIATE, true);
    }

    @Test
    void aReminderCarriesTheDetailsTheEvidenceAndTheEvent() {
        OutgoingMessage m = composer.reminder(staff("en"), new HearingEvent(HEARING, SENSITIVE), Duration.ofDays(7));
        assertThat(m.subject()).isEqualTo("casewatch: A. T., parole hearing on 3 Dec 2026 (in 7 days)");
        assertThat(m.text()).contains("Aidos Temirkhanov's parole hearing is in 7 days.",
                "Date: Thursday 3 December 2026, 10:00", "Court: Semey city court",
                "Rescheduled: from Thursday 26 November 2026", "Evidence: The parole hearing is set for 3 December.",
                "Link: https://h.example/1");
        assertThat(m.key()).isEqualTo("reminder:7:10080m:s@example.org");
        assertThat(m.calendar()).hasValueSatisfying(ics -> assertThat(ics).contains("BEGIN:VEVENT",
                "UID:hearing-t-2026-12-03-parole@casewatch"));
    }

    @Test
    void russianReadersGetRussian() {
        OutgoingMessage m = composer.reminder(staff("ru"), new HearingEvent(HEARING, SENSITIVE), Duration.ofDays(1));
        assertThat(m.subject()).isEqualTo("casewatch: A. T.: заседание (parole) 3 декабря 2026 (завтра)");
        assertThat(m.text()).contains("Дата: 3 декабря 2026, 10:00", "Суд: Semey city court");
        OutgoingMessage f = composer.followUp(staff("ru"), new HearingEvent(HEARING, SENSITIVE));
        assertThat(f.subject()).isEqualTo("casewatch: нет сведений об итогах заседания: A. T., 3 декабря 2026");
    }
}
