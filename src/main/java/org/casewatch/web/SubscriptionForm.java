package org.casewatch.web;

import io.javalin.http.Context;
import org.casewatch.app.Console;
import org.casewatch.model.AlertMode;
import org.casewatch.model.Follows;
import org.casewatch.model.Person;
import org.casewatch.model.Staff;
import org.casewatch.model.StaffPreferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code POST /subscriptions}: saves what the staff member follows and receives, in force from the next cycle. Only
 * what differs from {@code subscribers.yaml} is stored as her choice, so a later change of the file's default still
 * reaches her where she kept it; {@code POST /subscriptions/reset} goes back to the file for every field. Unknown
 * persons, tags and values are ignored: a form is never trusted to name only what it offered.
 */
final class SubscriptionForm {

    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionForm.class);

    private final Console console;

    SubscriptionForm(Console console) {
        this.console = console;
    }

    void save(Context ctx) {
        SignedIn me = Requests.staff(ctx);
        Staff file = me.entry().file();
        List<Person> persons = console.config().persons();
        Set<String> ids = persons.stream().map(Person::id).collect(Collectors.toSet());
        Set<String> tags = persons.stream().flatMap(p -> p.tags().stream()).collect(Collectors.toSet());
        String language = List.of("en", "ru").contains(Requests.form(ctx, "language")) ? Requests.form(ctx, "language")
                : file.language();
        AlertMode alerts = switch (Requests.form(ctx, "alerts")) {
            case "immediate" -> AlertMode.IMMEDIATE;
            case "daily" -> AlertMode.DAILY;
            case "off" -> AlertMode.OFF;
            default -> file.alerts();
        };
        boolean reminders = !Requests.form(ctx, "reminders").isEmpty();
        Follows follows = !Requests.form(ctx, "all").isEmpty() ? Follows.everyone() : new Follows(false,
                new HashSet<>(ctx.formParams("person").stream().filter(ids::contains).toList()),
                new HashSet<>(ctx.formParams("tag").stream().filter(tags::contains).toList()));
        boolean sameFollows = persons.stream().allMatch(p -> follows.covers(p) == file.follows().covers(p));
        StaffPreferences chosen = new StaffPreferences(me.email(),
                language.equals(file.language()) ? Optional.empty() : Optional.of(language),
                alerts == file.alerts() ? Optional.empty() : Optional.of(alerts),
                reminders == file.reminders() ? Optional.empty() : Optional.of(reminders),
                sameFollows ? Optional.empty() : Optional.of(follows), console.clock().instant());
        console.preferences().save(chosen, console.clock().instant());
        LOG.info("console_action action=save_subscriptions staff={} language={} alerts={} reminders={} follows=\"{}\"",
                me.email(), language, alerts.name().toLowerCase(Locale.ROOT), reminders, describe(follows));
        ctx.redirect("/subscriptions?saved=1");
    }

    void reset(Context ctx) {
        SignedIn me = Requests.staff(ctx);
        console.preferences().save(StaffPreferences.none(me.email()), console.clock().instant());
        LOG.info("console_action action=reset_subscriptions staff={}", me.email());
        ctx.redirect("/subscriptions?saved=1");
    }

    private static String describe(Follows f) {
        return f.all() ? "all" : "persons=" + f.personIds().stream().sorted().toList() + " tags="
                + f.tags().stream().sorted().toList();
    }
}
