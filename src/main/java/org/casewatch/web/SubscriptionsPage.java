package org.casewatch.web;

import io.javalin.http.Context;
import org.casewatch.app.Console;
import org.casewatch.app.Roster;
import org.casewatch.model.Person;
import org.casewatch.model.Staff;

import java.util.List;
import java.util.TreeSet;

/**
 * {@code GET /subscriptions}: what the staff member follows and receives, each field marked as her own choice or as
 * {@code subscribers.yaml} says; the form posts to {@link SubscriptionForm}.
 */
public final class SubscriptionsPage {

    /** A person or tag she may tick. */
    public record Choice(String value, String label, boolean checked) {
    }

    /** The form's state: effective values, and which fields are her own choice. */
    public record View(String language, String alerts, boolean reminders, boolean all, List<Choice> tags,
                       List<Choice> persons, boolean languageChosen, boolean alertsChosen, boolean remindersChosen,
                       boolean followsChosen, boolean saved) {
    }

    private final Console console;

    SubscriptionsPage(Console console) {
        this.console = console;
    }

    void show(Context ctx) {
        SignedIn me = Requests.staff(ctx);
        Pages.render(ctx, "subscriptions", Requests.frame(ctx, "Subscriptions", "subscriptions"), "view",
                view(me.entry(), "1".equals(ctx.queryParam("saved"))));
    }

    View view(Roster.Entry entry, boolean saved) {
        Staff s = entry.effective();
        List<Person> persons = console.config().persons();
        TreeSet<String> tags = new TreeSet<>();
        persons.forEach(p -> tags.addAll(p.tags()));
        List<Choice> tagChoices = tags.stream().map(tag -> new Choice(tag, tag, !s.follows().all()
                && s.follows().tags().contains(tag))).toList();
        List<Choice> personChoices = persons.stream().map(p -> new Choice(p.id(), p.name(), !s.follows().all()
                && s.follows().personIds().contains(p.id()))).toList();
        var c = entry.chosen();
        return new View(s.language(), s.alerts().name().toLowerCase(java.util.Locale.ROOT), s.reminders(),
                s.follows().all(), tagChoices, personChoices, c.language().isPresent(), c.alerts().isPresent(),
                c.reminders().isPresent(), c.follows().isPresent(), saved);
    }
}
