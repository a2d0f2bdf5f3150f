package org.casewatch.pipeline;

import org.casewatch.model.ScheduleSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class PollScheduleTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Duration INTERVAL = Duration.ofMinutes(30);

    private final PollSchedule exact = new PollSchedule(
            new ScheduleSettings(Duration.ofMinutes(1), INTERVAL, 0, Duration.ofHours(6)), new Random(1));

    @ParameterizedTest(name = "failure {0} waits {1} minutes")
    @CsvSource({"1, 30", "2, 60", "3, 120", "4, 240", "5, 360", "12, 360"})
    void backoffDoublesUpToTheCap(int failures, long minutes) {
        assertThat(exact.afterFailure(NOW, INTERVAL, failures, Optional.empty()))
                .isEqualTo(NOW.plus(Duration.ofMinutes(minutes)));
    }

    @Test
    void retryAfterWinsWhenLongerAndIsCappedAtADay() {
        assertThat(exact.afterFailure(NOW, INTERVAL, 1, Optional.of(Duration.ofHours(2))))
                .isEqualTo(NOW.plus(Duration.ofHours(2)));
        assertThat(exact.afterFailure(NOW, INTERVAL, 1, Optional.of(Duration.ofSeconds(5))))
                .isEqualTo(NOW.plus(INTERVAL));
        assertThat(exact.afterFailure(NOW, INTERVAL, 1, Optional.of(Duration.ofDays(30))))
                .isEqualTo(NOW.plus(Duration.ofDays(1)));
    }

    @Test
    void jitterSpreadsPollsWithinItsFraction() {
        PollSchedule jittered = new PollSchedule(
                new ScheduleSettings(Duration.ofMinutes(1), INTERVAL, 0.1, Duration.ofHours(6)), new Random(7));
        for (int i = 0; i < 200; i++) {
            Instant next = jittered.afterSuccess(NOW, INTERVAL);
            assertThat(next).isBetween(NOW.plus(Duration.ofMinutes(27)), NOW.plus(Duration.ofMinutes(33)));
        }
        assertThat(jittered.afterSuccess(NOW, INTERVAL)).isNotEqualTo(jittered.afterSuccess(NOW, INTERVAL));
    }
}
