package org.casewatch.web;

import io.javalin.http.Context;
import org.casewatch.app.Console;
import org.casewatch.model.HearingKind;
import org.casewatch.model.StoredHearing;
import org.casewatch.store.HearingReviewRepository;
import org.casewatch.store.StoredMention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * The review forms: confirm, correct or reject a found hearing; "not this person" (optionally never again for that
 * written form) or "yes, this person" for a mention. Each is logged with the staff member's address.
 */
final class ReviewActions {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewActions.class);

    private final Console console;

    ReviewActions(Console console) {
        this.console = console;
    }

    void confirm(Context ctx) {
        SignedIn me = Requests.staff(ctx);
        StoredHearing h = hearing(ctx, me);
        console.reviews().confirm(h.id(), me.name(), console.clock().instant());
        LOG.info("console_action action=confirm_hearing staff={} hearing_id={} person_id={}", me.email(), h.id(),
                h.personId());
        back(ctx);
    }

    void reject(Context ctx) {
        SignedIn me = Requests.staff(ctx);
        StoredHearing h = hearing(ctx, me);
        console.reviews().reject(h.id(), me.name(), console.clock().instant());
        LOG.info("console_action action=reject_hearing staff={} hearing_id={} person_id={}", me.email(), h.id(),
                h.personId());
        back(ctx);
    }

    void correct(Context ctx) {
        SignedIn me = Requests.staff(ctx);
        StoredHearing h = hearing(ctx, me);
        LocalDate date;
        Optional<LocalTime> time;
        HearingKind kind;
        try {
            date = LocalDate.parse(Requests.form(ctx, "date"));
            String t = Requests.form(ctx, "time");
            time = t.isEmpty() ? Optional.empty() : Optional.of(LocalTime.parse(t));
            kind = HearingKind.valueOf(Requests.form(ctx, "kind").toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new Refusal(400, "Write the date as YYYY-MM-DD and the time as HH:MM.");
        }
        HearingReviewRepository.Correction done = console.reviews().correct(h.id(), date, time, kind, me.name(),
                console.clock().instant());
        LOG.info("console_action action=correct_hearing staff={} hearing_id={} person_id={} date={} kind={} outcome={}",
                me.email(), h.id(), h.personId(), date, kind.label(), done.name().toLowerCase(Locale.ROOT));
        back(ctx);
    }

    void withdraw(Context ctx) {
        SignedIn me = Requests.staff(ctx);
        StoredMention m = mention(ctx, me);
        boolean never = !Requests.form(ctx, "never").isEmpty();
        console.mentions().withdraw(m.id(), never, me.email(), console.clock().instant());
        LOG.info("console_action action=not_this_person staff={} mention_id={} person_id={} never_again={}", me.email(),
                m.id(), m.mention().personId(), never);
        back(ctx);
    }

    void keep(Context ctx) {
        SignedIn me = Requests.staff(ctx);
        StoredMention m = mention(ctx, me);
        console.mentions().keep(m.id(), me.email(), console.clock().instant());
        LOG.info("console_action action=keep_mention staff={} mention_id={} person_id={}", me.email(), m.id(),
                m.mention().personId());
        back(ctx);
    }

    private StoredHearing hearing(Context ctx, SignedIn me) {
        return console.reviews().find(Requests.id(ctx, "id"))
                .filter(h -> ReviewPage.follows(me, console.person(h.personId()).orElse(null)))
                .orElseThrow(() -> new Refusal(404, "Not found."));
    }

    private StoredMention mention(Context ctx, SignedIn me) {
        return console.mentions().find(Requests.id(ctx, "id"))
                .filter(m -> ReviewPage.follows(me, console.person(m.mention().personId()).orElse(null)))
                .orElseThrow(() -> new Refusal(404, "Not found."));
    }

    private static void back(Context ctx) {
        ctx.redirect("/review");
    }
}
