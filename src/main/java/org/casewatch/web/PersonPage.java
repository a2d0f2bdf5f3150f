package org.casewatch.web;

import io.javalin.http.Context;
import org.casewatch.app.Console;
import org.casewatch.model.Follows;
import org.casewatch.model.Person;
import org.casewatch.model.StaffPreferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /persons/<id>}: status, tags and note; the hearings with evidence and link; the history of hearing changes
 * with who changed what; the mentions, newest first. A button follows or unfollows the person.
 */
public final class PersonPage {

    /** One entry of the hearing history. */
    public record Change(String when, String hearing, String what) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(PersonPage.class);
    private static final int MENTIONS = 100;

    private final Console console;
    private final Dates dates;
    private final TodayPage today;

    PersonPage(Console console, Dates dates, TodayPage today) {
        this.console = console;
        this.dates = dates;
        this.today = today;
    }

    void show(Context ctx) {
        SignedIn me = Requests.staff(ctx);
        Texts t = Requests.texts(ctx);
        Person p = person(ctx);
        List<HearingRow> hearings = console.reviews().ofPerson(p.id()).stream()
                .map(h -> HearingRow.of(h, p, dates, t)).toList();
        List<Change> changes = console.reviews().historyOf(p.id()).stream()
                .map(c -> new Change(dates.dateTime(c.at(), t), dates.date(c.hearing().date(), t) + ", "
                        + c.hearing().kind().label(), c.change())).toList();
        List<MentionRow> mentions = console.mentions().ofPerson(p.id(), MENTIONS).stream().map(m -> today.row(m, t))
                .toList();
        boolean follows = me.staff().follows().covers(p);
        Pages.render(ctx, "person", new Frame(t, p.name(), me.csrf(), me.name(), ""), "person", p,
                "visibility", p.visibility().name().toLowerCase(Locale.ROOT), "follows", follows, "hearings", hearings,
                "changes", changes, "mentions", mentions);
    }

    void follow(Context ctx) {
        change(ctx, true);
    }

    void unfollow(Context ctx) {
        change(ctx, false);
    }

    private void change(Context ctx, boolean follow) {
        SignedIn me = Requests.staff(ctx);
        Person p = person(ctx);
        Follows now = me.staff().follows();
        Follows next = follow ? Following.with(now, p.id()) : Following.without(now, p, console.config().persons());
        StaffPreferences chosen = me.entry().chosen();
        // Following the same persons as subscribers.yaml says is no choice of her own: keep the file's rule then.
        Optional<Follows> stored = sameSet(next, me.entry().file().follows()) ? Optional.empty() : Optional.of(next);
        console.preferences().save(new StaffPreferences(me.email(), chosen.language(), chosen.alerts(),
                chosen.reminders(), stored, console.clock().instant()), console.clock().instant());
        LOG.info("console_action action={} staff={} person_id={}", follow ? "follow" : "unfollow", me.email(), p.id());
        ctx.redirect("/persons/" + p.id());
    }

    private boolean sameSet(Follows a, Follows b) {
        List<Person> all = console.config().persons();
        return all.stream().allMatch(p -> a.covers(p) == b.covers(p));
    }

    private Person person(Context ctx) {
        return console.person(ctx.pathParam("id")).orElseThrow(() -> new Refusal(404, "Not found."));
    }
}
