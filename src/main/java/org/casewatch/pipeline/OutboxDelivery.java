package org.casewatch.pipeline;

import org.casewatch.model.DeliveryReport;
import org.casewatch.notify.Mailer;
import org.casewatch.notify.OperatorNoticeComposer;
import org.casewatch.notify.SendOutcome;
import org.casewatch.store.Claims;
import org.casewatch.store.OutboxRepository;
import org.casewatch.store.QueuedMessage;
import org.casewatch.store.SoleNodeClaims;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Delivers due outbox messages. A message leaves the outbox only when the transport accepted it or refused
 * it for good; otherwise it waits, 1, 2, 4... minutes up to an hour between attempts, for as long as it takes.
 * With several nodes, each message is claimed by one, which checks that it still holds the claim just before it hands
 * the message to the relay: a message is sent twice only if a node dies between the relay's "accepted" and recording
 * it, and then with the same Message-ID.
 */
public final class OutboxDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDelivery.class);
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final Duration MAX_RETRY = Duration.ofHours(1);
    /** After this many transient failures in a row the relay is taken to be down until the next pass. */
    private static final int GIVE_UP_PASS_AFTER = 3;
    private static final int BATCH = 200;

    private final OutboxRepository outbox;
    private final Mailer mailer;
    private final Clock clock;
    private final Optional<String> operator;
    private final OperatorNoticeComposer notices;
    private final Claims claims;

    /** One node alone: every due message is its own. */
    public OutboxDelivery(OutboxRepository outbox, Mailer mailer, Clock clock, Optional<String> operator,
                          OperatorNoticeComposer notices) {
        this(outbox, mailer, clock, operator, notices, new SoleNodeClaims(outbox));
    }

    /** @param operator who is told about messages the relay refuses for good; empty for nobody */
    public OutboxDelivery(OutboxRepository outbox, Mailer mailer, Clock clock, Optional<String> operator,
                          OperatorNoticeComposer notices, Claims claims) {
        this.claims = claims;
        this.outbox = outbox;
        this.mailer = mailer;
        this.clock = clock;
        this.operator = operator;
        this.notices = notices;
    }

    public DeliveryReport deliverDue() {
        int delivered = 0;
        int retrying = 0;
        int rejected = 0;
        int transientInARow = 0;
        List<String> errors = new ArrayList<>();
        List<QueuedMessage> batch;
        while (transientInARow < GIVE_UP_PASS_AFTER && !(batch = claims.claimMessages(clock.instant(), BATCH)).isEmpty()) {
            for (QueuedMessage queued : batch) {
                if (transientInARow >= GIVE_UP_PASS_AFTER) {
                    break;
                }
                if (!claims.holdsMessage(queued.id(), clock.instant())) {
                    LOG.warn("claim_lost message_id={} (another node delivers it)", queued.id());
                    continue;
                }
                SendOutcome outcome = mailer.send(queued.message());
                Instant now = clock.instant();
                if (outcome instanceof SendOutcome.Sent) {
                    outbox.markSent(queued.id(), now);
                    delivered++;
                    transientInARow = 0;
                } else if (outcome instanceof SendOutcome.Rejected r) {
                    outbox.markRejected(queued.id(), now, r.reason());
                    LOG.error("message_rejected message_id={} kind={} error=\"{}\"", queued.id(),
                            queued.message().kind(), r.reason());
                    errors.add(r.reason());
                    rejected++;
                    // Tell the operator, unless the refused message was itself a notice (no loops).
                    if (operator.isPresent() && !queued.message().kind().equals("notice")) {
                        outbox.enqueue(notices.rejected(operator.get(), queued.message().recipient(),
                                queued.message().subject(), r.reason(), "rejected:" + queued.id()), now);
                    }
                } else {
                    String reason = ((SendOutcome.RetryLater) outcome).reason();
                    Instant next = now.plus(retryDelay(queued.attempts()));
                    outbox.markRetry(queued.id(), next, reason);
                    LOG.warn("message_delayed message_id={} attempts={} next_attempt_at={} error=\"{}\"", queued.id(),
                            queued.attempts() + 1, next, reason);
                    errors.add(reason);
                    retrying++;
                    transientInARow++;
                }
            }
        }
        return new DeliveryReport(delivered, retrying, rejected, errors.stream().distinct().toList());
    }

    static Duration retryDelay(int previousAttempts) {
        Duration delay = FIRST_RETRY;
        for (int i = 0; i < previousAttempts && delay.compareTo(MAX_RETRY) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : delay;
    }

    public String destination() {
        return mailer.destination();
    }
}
