package org.casewatch.notify;

import org.casewatch.model.AlertMode;
import org.casewatch.model.Follows;
import org.casewatch.model.HearingChange;
import org.casewatch.model.HearingEvent;
import org.casewatch.model.HearingKind;
import org.casewatch.model.HearingStatus;
import org.casewatch.model.OutgoingMessage;
import org.casewatch.model.Partner;
import org.casewatch.model.Person;
import org.casewatch.model.Source;
import org.casewatch.model.SourceHealth;
import org.casewatch.model.SourceKind;
import org.casewatch.model.Staff;
import org.casewatch.model.StoredHearing;
import org.casewatch.model.StoryDigest;
import org.casewatch.model.Visibility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every reminder, follow-up and digest text the templates can produce (each kind, each status, each number
 * of days left, with and without a time, a link or a court), read for a doubled full stop and, in Russian,
 * for a stray English word; in English, for a stray Russian one. The facts are written in the recipient's
 * script, so any word in the other script can only come from casewatch's own wording.
 */
class MessageWordingTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);
    private static final Pattern DOUBLE_STOP = Pattern.compile("(?<!\\.)\\.\\.(?!\\.)");
    private static final Pattern LATIN_WORD = Pattern.compile("\\b[A-Za-z]{2,}\\b");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    /** What is not wording: the product's name, addresses, the roster file a footer names. */
    private static final Pattern NOT_WORDING = Pattern.compile("https?://\\S+|[\\w.-]+@[\\w.-]+|casewatch"
            + "|config/subscribers\\.yaml|<[^>]*>|&[a-z]+;|\\bPT1H\\b");

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru"})
    void everyReminderAndDigestReadsInOneLanguageWithoutDoubledStops(String language) {
        Facts f = new Facts(language);
        ReminderComposer reminders = new ReminderComposer(new HearingCalendar(ALMATY), ALMATY, List.of(f.source));
        DigestComposer digests = new DigestComposer(2);
        Staff staff = new Staff("s@example.org", "S", language, Follows.everyone(), AlertMode.DAILY, true);
        Partner partner = new Partner("P", List.of("p@example.org"), language, DayOfWeek.MONDAY, LocalTime.of(9, 0),
                Follows.everyone());
        List<OutgoingMessage> messages = new ArrayList<>();
        List<HearingEvent> events = new ArrayList<>();
        List<HearingChange> changes = new ArrayList<>();
        for (HearingKind kind : HearingKind.values()) {
            for (HearingStatus status : HearingStatus.values()) {
                for (boolean details : new boolean[]{true, false}) {
                    HearingEvent e = new HearingEvent(f.hearing(kind, status, details), f.person);
                    events.add(e);
                    changes.add(new HearingChange(e.hearing(), Instant.parse("2026-11-20T10:00:00Z"), "found"));
                    for (int daysBefore = 0; daysBefore <= 30; daysBefore++) {
                        Instant now = DAY.minusDays(daysBefore).atTime(8, 0).atZone(ALMATY).toInstant();
                        messages.add(reminders.reminder(staff, e, Duration.ofDays(Math.max(1, daysBefore)), now));
                    }
                    messages.add(reminders.followUp(staff, e, DAY.plusDays(1).atTime(8, 0).atZone(ALMATY).toInstant()));
                }
            }
        }
        DigestFacts facts = new DigestFacts(DAY.minusDays(7), DAY, List.of(f.person), f.stories(), events, changes,
                List.of(new SourceHealth("court", Optional.empty(), Optional.empty(), 6, Optional.of(f.error),
                        Optional.empty(), 0)), List.of("court"), Map.of("court", f.source.name()));
        messages.add(digests.staff(staff, facts, "d1", true).orElseThrow());
        messages.add(digests.partner(partner, "p@example.org", facts, "d2", true).orElseThrow());
        DigestFacts nothing = new DigestFacts(DAY.minusDays(7), DAY, List.of(f.person), List.of(), List.of(), List.of(),
                List.of(), List.of(), Map.of());
        messages.add(digests.staff(staff, nothing, "d3", true).orElseThrow());

        for (OutgoingMessage m : messages) {
            for (String text : List.of(m.subject(), m.text(), m.html())) {
                assertThat(DOUBLE_STOP.matcher(text).find()).as("a doubled full stop in %s", text).isFalse();
                String wording = NOT_WORDING.matcher(text).replaceAll(" ");
                if (language.equals("ru")) {
                    assertThat(LATIN_WORD.matcher(wording).results().map(r -> r.group()).toList())
                            .as("English words in a Russian message: %s", text).isEmpty();
                } else {
                    assertThat(CYRILLIC.matcher(wording).find()).as("Russian in an English message: %s", text)
                            .isFalse();
                }
            }
        }
        assertThat(messages).hasSizeGreaterThan(900);
    }

    /** The facts of a case written in the recipient's script. */
    private static final class Facts {
        final boolean russian;
        final Person person;
        final Source source;
        final String error;

        Facts(String language) {
            russian = language.equals("ru");
            String name = russian ? "Айдос Темирханов" : "Aidos Temirkhanov";
            person = new Person("t", name, List.of(name), List.of(), "", Visibility.PUBLIC, List.of(), List.of(), false,
                    russian ? "Адвокат просит писать ему." : "The lawyer asks to be written to.");
            source = new Source("court", russian ? "Областной суд" : "Oblast court", SourceKind.PAGE,
                    "https://court.example/list", Duration.ofHours(1), language, true, Optional.empty(), Optional.empty(),
                    false);
            error = russian ? "сервер не отвечает" : "the server does not answer";
        }

        StoredHearing hearing(HearingKind kind, HearingStatus status, boolean details) {
            return new StoredHearing(kind.ordinal() * 10L + status.ordinal(), "t", DAY,
                    details ? Optional.of(LocalTime.of(10, 0)) : Optional.empty(), Optional.empty(), kind,
                    details ? (russian ? "Городской суд Семея" : "Semey city court") : "",
                    details ? (russian ? "Взять документы." : "Bring the papers.") : "", !details, status,
                    Optional.of(russian ? "Заседание назначено на 3 декабря." : "The hearing is set for 3 December."),
                    details ? Optional.of("https://news.example/a?b=1") : Optional.empty(),
                    details ? Optional.of(DAY.minusDays(7)) : Optional.empty(), Optional.of("court"));
        }

        List<StoryDigest> stories() {
            List<StoryDigest> out = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                out.add(new StoryDigest(i, (russian ? "Новость номер " : "Story number ") + i, "https://news.example/" + i,
                        Optional.of(Instant.parse("2026-11-30T10:00:00Z")), List.of("court", "court"), List.of("t")));
            }
            return out;
        }
    }
}
