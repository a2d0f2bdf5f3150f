package org.casewatch.pipeline;

import org.casewatch.MutableClock;
import org.casewatch.model.DeliveryReport;
import org.casewatch.model.OutgoingMessage;
import org.casewatch.notify.Mailer;
import org.casewatch.notify.SendOutcome;
import org.casewatch.store.OutboxCounts;
import org.casewatch.store.OutboxRepository;
import org.casewatch.store.SqliteDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxDeliveryTest {

    /** A mailer whose answer the test decides, recording every message it was handed. */
    static final class RecordingMailer implements Mailer {
        final List<String> attempts = new ArrayList<>();
        Function<OutgoingMessage, SendOutcome> answer = m -> new SendOutcome.Sent("memory");

        @Override
        public SendOutcome send(OutgoingMessage message) {
            attempts.add(message.key());
            return answer.apply(message);
        }

        @Override
        public String destination() {
            return "memory";
        }
    }

    @TempDir
    Path dir;

    private SqliteDatabase db;
    private OutboxRepository outbox;
    private final RecordingMailer mailer = new RecordingMailer();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private OutboxDelivery delivery;

    @BeforeEach
    void open() {
        db = SqliteDatabase.open(dir.resolve("casewatch.db"));
        outbox = new OutboxRepository(db);
        delivery = new OutboxDelivery(outbox, mailer, clock, Optional.of("ops@example.org"),
                new org.casewatch.notify.OperatorNoticeComposer(java.time.ZoneId.of("UTC")));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void queue(String... keys) {
        for (String key : keys) {
            outbox.enqueue(new OutgoingMessage(key, key + "@example.org", "alert", "s", "h", "t"), clock.instant());
        }
    }

    @Test
    void anOutageDelaysMailWithBackoffAndLosesNothing() {
        queue("a", "b", "c", "d", "e");
        mailer.answer = m -> new SendOutcome.RetryLater("connection refused");
        DeliveryReport first = delivery.deliverDue();
        assertThat(first.retrying()).as("the pass stops after three failures in a row").isEqualTo(3);
        assertThat(delivery.deliverDue().retrying()).isEqualTo(2);
        assertThat(delivery.deliverDue().retrying()).as("nothing is due before the backoff ends").isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(delivery.deliverDue().retrying()).isEqualTo(3);
        mailer.answer = m -> new SendOutcome.Sent("memory");
        clock.advance(Duration.ofHours(2));
        assertThat(delivery.deliverDue().delivered()).isEqualTo(5);
        assertThat(outbox.counts()).isEqualTo(new OutboxCounts(0, 5, 0));
        assertThat(mailer.attempts.stream().filter("a"::equals)).hasSize(3);
        assertThat(delivery.deliverDue().delivered()).isZero();
    }

    @Test
    void aPermanentRejectionStopsRetryingThatMessageOnly() {
        queue("bad", "good");
        mailer.answer = m -> m.key().equals("bad") ? new SendOutcome.Rejected("550 no such user")
                : new SendOutcome.Sent("memory");
        DeliveryReport report = delivery.deliverDue();
        assertThat(report.delivered()).as("the good message and the notice to the operator").isEqualTo(2);
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.errors()).containsExactly("550 no such user");
        clock.advance(Duration.ofDays(1));
        assertThat(delivery.deliverDue().delivered() + delivery.deliverDue().rejected()).isZero();
        assertThat(mailer.attempts).as("the operator is told once").containsExactly("bad", "good", "rejected:1");
        assertThat(outbox.counts()).isEqualTo(new OutboxCounts(0, 2, 1));
    }

    @Test
    void retryDelaysDoubleUpToAnHour() {
        assertThat(OutboxDelivery.retryDelay(0)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxDelivery.retryDelay(3)).isEqualTo(Duration.ofMinutes(8));
        assertThat(OutboxDelivery.retryDelay(50)).isEqualTo(Duration.ofHours(1));
    }
}
