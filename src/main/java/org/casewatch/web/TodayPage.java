package org.casewatch.web;

import io.javalin.http.Context;
import org.casewatch.app.Console;
import org.casewatch.model.Person;
import org.casewatch.model.Source;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@code /}: new mentions of the persons the staff member follows, newest first, with snippet and rule. */
final class TodayPage {

    static final Duration RECENT = Duration.ofDays(14);
    private static final int LIMIT = 200;

    private final Console console;
    private final Dates dates;
    private final Map<String, Person> persons;
    private final Map<String, String> sources;

    TodayPage(Console console, Dates dates) {
        this.console = console;
        this.dates = dates;
        this.persons = console.config().persons().stream().collect(Collectors.toMap(Person::id, Function.identity()));
        this.sources = console.config().sources().stream().collect(Collectors.toMap(Source::id, Source::name));
    }

    void show(Context ctx) {
        SignedIn me = Requests.staff(ctx);
        Texts t = Requests.texts(ctx);
        Set<String> followed = Following.ids(me.staff(), console.config().persons());
        Instant now = console.clock().instant();
        // One row per item and person: the first place the item names her.
        Set<String> seen = new java.util.HashSet<>();
        List<MentionRow> rows = console.mentions().recent(followed, now.minus(RECENT), LIMIT).stream()
                .filter(m -> seen.add(m.itemId() + "/" + m.mention().personId())).map(m -> row(m, t)).toList();
        Pages.render(ctx, "today", Requests.frame(ctx, "Today", "today"), "rows", rows, "following", followed.size());
    }

    MentionRow row(org.casewatch.store.StoredMention m, Texts t) {
        return MentionRow.of(m, persons.get(m.mention().personId()), sources.getOrDefault(m.sourceId(), m.sourceId()),
                dates.dateTime(m.published().orElse(m.seenAt()), t), t);
    }
}
