package org.casewatch.web;

import io.javalin.http.Context;
import org.casewatch.app.Console;
import org.casewatch.model.HearingKind;
import org.casewatch.model.Person;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * {@code /review}: what casewatch is least sure of, among the persons the staff member follows: hearings found in
 * the news and not yet confirmed (confirm, correct or reject), and mentions found by the weaker rules (not this
 * person, or yes).
 */
final class ReviewPage {

    /** Found hearings from this long ago on still wait for review. */
    private static final int PAST_DAYS = 7;
    private static final Duration MENTIONS_SINCE = Duration.ofDays(30);
    private static final int LIMIT = 300;

    private final Console console;
    private final Dates dates;
    private final TodayPage today;

    ReviewPage(Console console, Dates dates, TodayPage today) {
        this.console = console;
        this.dates = dates;
        this.today = today;
    }

    void show(Context ctx) {
        SignedIn me = Requests.staff(ctx);
        Texts t = Requests.texts(ctx);
        Set<String> followed = Following.ids(me.staff(), console.config().persons());
        LocalDate todayDate = console.clock().instant().atZone(dates.zone()).toLocalDate();
        List<HearingRow> hearings = console.reviews().unconfirmed(followed, todayDate.minusDays(PAST_DAYS)).stream()
                .map(h -> HearingRow.of(h, console.person(h.personId()).orElse(null), dates, t)).toList();
        List<MentionRow> mentions = console.mentions().recent(followed,
                        console.clock().instant().minus(MENTIONS_SINCE), LIMIT).stream()
                .filter(m -> m.review().isEmpty() && MentionRow.weak(m.mention().rule()))
                .map(m -> today.row(m, t)).toList();
        List<String> kinds = Arrays.stream(HearingKind.values()).map(HearingKind::label).toList();
        Pages.render(ctx, "review", Requests.frame(ctx, "Review", "review"), "hearings", hearings, "mentions", mentions,
                "kinds", kinds);
    }

    /** Whether the staff member follows the person: she reviews only what is hers to see in her console. */
    static boolean follows(SignedIn me, Person person) {
        return person != null && me.staff().follows().covers(person);
    }
}
