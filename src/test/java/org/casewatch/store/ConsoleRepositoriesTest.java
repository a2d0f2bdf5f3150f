package org.casewatch.store;

import org.casewatch.model.AlertMode;
import org.casewatch.model.FoundHearing;
import org.casewatch.model.Follows;
import org.casewatch.model.HearingKind;
import org.casewatch.model.HearingStatus;
import org.casewatch.model.Item;
import org.casewatch.model.Mention;
import org.casewatch.model.OutgoingMessage;
import org.casewatch.model.StaffPreferences;
import org.casewatch.model.StoredHearing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repositories behind the console, digests, notices and counters, against both stores: every statement they send
 * runs once on SQLite and once on PostgreSQL, with the answers the console and the planners rely on.
 */
@ParameterizedClass
@EnumSource(TestStore.class)
class ConsoleRepositoriesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final String TEXT = "The appeal of Aidos Temirkhanov will be heard on 3 December, his lawyer said.";

    @Parameter
    TestStore store;

    @TempDir
    Path dir;

    private Database db;

    @BeforeEach
    void open() {
        db = store.create(dir).open();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long storeItemNamingTemirkhanov(String guid, Instant seen, List<FoundHearing> hearings) {
        ItemRepository items = new ItemRepository(db);
        Item item = new Item(guid, "https://herald.example/" + guid, "Appeal " + guid, TEXT, Optional.of(seen));
        int at = TEXT.indexOf("Aidos");
        Mention m = new Mention("temirkhanov", "Temirkhanov", at + 6, at + 17, TEXT, 0, TEXT.length(), 0.8, "surname");
        items.save(items.filterNew("herald", List.of(item)).get(0), item, List.of(m), hearings, List.of(), seen);
        return db.read("id", c -> Long.valueOf(Sql.strings(c, "SELECT id FROM item WHERE guid = ?", guid).get(0)));
    }

    @Test
    void sessionsStartAreFoundEndedAndListed() {
        SessionRepository sessions = new SessionRepository(db);
        long first = sessions.start("hash-1", "Aliya@Example.org", "127.0.0.1", "Firefox", NOW);
        long second = sessions.start("hash-2", "aliya@example.org", "127.0.0.1", "Chromium", NOW.plusSeconds(60));
        assertThat(second).isGreaterThan(first);
        assertThat(sessions.find("hash-1")).hasValueSatisfying(s -> assertThat(s.email()).isEqualTo("aliya@example.org"));
        sessions.touch(first, NOW.plusSeconds(120));
        assertThat(sessions.active("aliya@example.org", NOW)).extracting(WebSession::id).containsExactly(first, second);
        assertThat(sessions.end(second, "marat@example.org", NOW)).as("not hers to end").isFalse();
        assertThat(sessions.end(second, "aliya@example.org", NOW)).isTrue();
        sessions.endByHash("hash-1", NOW);
        assertThat(sessions.find("hash-1")).isEmpty();
        assertThat(sessions.active("aliya@example.org", NOW)).isEmpty();
    }

    @Test
    void aSignInLinkWorksOnceAndAttemptsAreCounted() {
        SignInRepository signIns = new SignInRepository(db);
        OutgoingMessage mail = new OutgoingMessage("signin:abc", "aliya@example.org", "signin", "Sign in", "<p>x</p>", "x");
        long id = signIns.issue("token-hash", "Aliya@example.org", NOW.plus(Duration.ofMinutes(15)), mail, NOW,
                NOW.plus(Duration.ofMinutes(2)));
        assertThat(new OutboxRepository(db).due(NOW, 10)).as("held back for the console to send").isEmpty();
        assertThat(new OutboxRepository(db).due(NOW.plus(Duration.ofMinutes(2)), 10)).extracting(QueuedMessage::id)
                .containsExactly(id);
        assertThat(signIns.peek("token-hash", NOW)).contains("aliya@example.org");
        assertThat(signIns.consume("token-hash", NOW)).contains("aliya@example.org");
        assertThat(signIns.consume("token-hash", NOW)).isEmpty();
        signIns.recordAttempt(NOW, NOW.minus(Duration.ofMinutes(15)), "address:x", "client:y");
        signIns.recordAttempt(NOW.plusSeconds(1), NOW.minus(Duration.ofMinutes(15)), "address:x");
        assertThat(signIns.attemptsSince("address:x", NOW)).isEqualTo(2);
        assertThat(signIns.attemptsSince("client:y", NOW.plusSeconds(1))).isZero();
    }

    @Test
    void preferencesReplaceWhatTheStaffMemberChoseBefore() {
        PreferenceRepository preferences = new PreferenceRepository(db);
        preferences.save(new StaffPreferences("Aliya@example.org", Optional.of("ru"), Optional.of(AlertMode.DAILY),
                Optional.of(false), Optional.of(new Follows(false, Set.of("temirkhanov"), Set.of("journalists"))), NOW), NOW);
        StaffPreferences saved = preferences.find("aliya@example.org");
        assertThat(saved.language()).contains("ru");
        assertThat(saved.alerts()).contains(AlertMode.DAILY);
        assertThat(saved.reminders()).contains(false);
        assertThat(saved.follows()).contains(new Follows(false, Set.of("temirkhanov"), Set.of("journalists")));
        preferences.save(new StaffPreferences("aliya@example.org", Optional.empty(), Optional.empty(), Optional.of(true),
                Optional.of(Follows.everyone()), NOW), NOW.plusSeconds(1));
        assertThat(preferences.all()).containsOnlyKeys("aliya@example.org").hasEntrySatisfying("aliya@example.org", p -> {
            assertThat(p.language()).isEmpty();
            assertThat(p.reminders()).contains(true);
            assertThat(p.follows()).contains(Follows.everyone());
        });
    }

    @Test
    void notThisPersonWithdrawsTheMentionAndExcludesItsForm() {
        storeItemNamingTemirkhanov("g1", NOW, List.of());
        MentionRepository mentions = new MentionRepository(db);
        List<StoredMention> recent = mentions.recent(List.of("temirkhanov"), NOW.minus(Duration.ofDays(1)), 10);
        assertThat(recent).singleElement().satisfies(m -> assertThat(m.mention().confidence()).isEqualTo(0.8));
        long id = recent.get(0).id();
        assertThat(mentions.ofPerson("temirkhanov", 10)).hasSize(1);
        assertThat(mentions.withdraw(id, true, "Aliya@example.org", NOW)).isTrue();
        assertThat(mentions.withdraw(id, true, "aliya@example.org", NOW)).as("excluded once").isTrue();
        assertThat(mentions.find(id)).hasValueSatisfying(m -> assertThat(m.withdrawn()).isTrue());
        assertThat(mentions.exclusions()).singleElement().satisfies(e -> {
            assertThat(e.surface()).isEqualTo("Temirkhanov");
            assertThat(e.by()).isEqualTo("aliya@example.org");
        });
        assertThat(mentions.keep(id + 1000, "aliya@example.org", NOW)).isFalse();
        assertThat(new DigestRepository(db).stories(NOW.minusSeconds(1), NOW.plusSeconds(1)))
                .as("a withdrawn mention leaves the digest").isEmpty();
    }

    @Test
    void foundHearingsAreConfirmedCorrectedOrRejected() {
        FoundHearing found = new FoundHearing("temirkhanov", Optional.of(LocalDate.of(2026, 12, 3)), MonthDay.of(12, 3),
                Optional.empty(), HearingKind.APPEAL, HearingStatus.SCHEDULED, TEXT, Optional.empty());
        storeItemNamingTemirkhanov("g1", NOW, List.of(found));
        HearingReviewRepository reviews = new HearingReviewRepository(db);
        List<StoredHearing> open = reviews.unconfirmed(Set.of("temirkhanov"), LocalDate.of(2026, 11, 1));
        assertThat(open).singleElement().satisfies(h -> assertThat(h.sourceId()).contains("herald"));
        long id = open.get(0).id();
        assertThat(reviews.correct(id, LocalDate.of(2026, 12, 4), Optional.of(LocalTime.of(10, 0)), HearingKind.APPEAL,
                "Aliya", NOW)).isEqualTo(HearingReviewRepository.Correction.CORRECTED);
        assertThat(reviews.ofPerson("temirkhanov")).singleElement().satisfies(h -> {
            assertThat(h.date()).isEqualTo(LocalDate.of(2026, 12, 4));
            assertThat(h.confirmedBy()).contains("Aliya");
        });
        assertThat(reviews.historyOf("temirkhanov")).extracting(c -> c.change())
                .contains("corrected by Aliya to 2026-12-04 appeal");
        long corrected = reviews.ofPerson("temirkhanov").get(0).id();
        assertThat(reviews.confirm(corrected, "Marat", NOW)).isTrue();
        assertThat(reviews.reject(corrected, "Marat", NOW)).isTrue();
        assertThat(reviews.find(corrected)).isPresent();
        assertThat(reviews.ofPerson("temirkhanov")).isEmpty();
        storeItemNamingTemirkhanov("g2", NOW, List.of(found));
        assertThat(reviews.unconfirmed(Set.of("temirkhanov"), LocalDate.of(2026, 11, 1)))
                .as("the dismissed sentence brings nothing back").isEmpty();
    }

    @Test
    void calendarAddressesAreReplacedAndRevoked() {
        CalendarTokenRepository calendars = new CalendarTokenRepository(db);
        calendars.replace("Aliya@example.org", "cal-1", NOW);
        calendars.replace("aliya@example.org", "cal-2", NOW.plusSeconds(5));
        assertThat(calendars.owner("cal-1")).isEmpty();
        assertThat(calendars.owner("cal-2")).contains("aliya@example.org");
        assertThat(calendars.activeSince("aliya@example.org")).contains(NOW.plusSeconds(5));
        assertThat(calendars.revoke("aliya@example.org", NOW)).isTrue();
        assertThat(calendars.revoke("aliya@example.org", NOW)).isFalse();
    }

    @Test
    void countersAddUpAcrossCycles() {
        CounterRepository counters = new CounterRepository(db);
        counters.recordCycle(Map.of("herald", CounterRepository.Poll.FETCHED, "court", CounterRepository.Poll.FAILED),
                Duration.ofMillis(400), NOW);
        counters.recordCycle(Map.of("herald", CounterRepository.Poll.NOT_MODIFIED), Duration.ofMillis(300),
                NOW.plusSeconds(60));
        new OutboxRepository(db).enqueue(new OutgoingMessage("k", "a@example.org", "alert", "s", "h", "t"), NOW);
        Counters read = counters.read();
        assertThat(read.sources()).containsEntry("herald", new Counters.SourceCounts(2, 0, 1))
                .containsEntry("court", new Counters.SourceCounts(1, 1, 0));
        assertThat(read.cycles()).isEqualTo(2);
        assertThat(read.lastCycleAt()).contains(NOW.plusSeconds(60));
        assertThat(read.lastCycleDuration()).isEqualTo(Duration.ofMillis(300));
        assertThat(read.outboxDepth()).isEqualTo(1);
        assertThat(read.oldestWaiting()).contains(NOW);
    }

    @Test
    void digestsGoOutOncePerPeriodAndSilentSourcesAreFound() {
        storeItemNamingTemirkhanov("g1", NOW, List.of());
        DigestRepository digests = new DigestRepository(db);
        assertThat(digests.stories(NOW.minusSeconds(1), NOW.plusSeconds(1))).singleElement().satisfies(s -> {
            assertThat(s.sourceIds()).containsExactly("herald");
            assertThat(s.personIds()).containsExactly("temirkhanov");
        });
        Instant end = NOW.plus(Duration.ofDays(1));
        assertThat(digests.started("partner@example.org")).isFalse();
        OutgoingMessage digest = new OutgoingMessage("digest:p:1", "partner@example.org", "digest", "s", "h", "t");
        digests.record("partner@example.org", end, Optional.of(digest), NOW);
        digests.record("partner@example.org", end, Optional.of(digest), NOW);
        assertThat(digests.done("partner@example.org", end)).isTrue();
        assertThat(digests.started("partner@example.org")).isTrue();
        assertThat(new OutboxRepository(db).counts().pending()).isEqualTo(1);
        SourceStateRepository states = new SourceStateRepository(db);
        states.recordSuccess("herald", Optional.empty(), Optional.empty(), NOW, NOW.plusSeconds(60));
        states.recordSuccess("court", Optional.empty(), Optional.empty(), NOW, NOW.plusSeconds(60));
        assertThat(digests.silentSources(NOW.minusSeconds(1))).containsExactly("court");
    }

    @Test
    void anOperatorNoticeOpensAndClosesWithItsMessages() {
        SourceNoticeRepository notices = new SourceNoticeRepository(db);
        assertThat(notices.open("court", "failing")).isEmpty();
        notices.opened("court", "failing", new OutgoingMessage("n1", "ops@example.org", "notice", "s", "h", "t"), NOW);
        Optional<Long> open = notices.open("court", "failing");
        assertThat(open).isPresent();
        notices.closed(open.get(), new OutgoingMessage("n2", "ops@example.org", "notice", "s", "h", "t"), NOW);
        assertThat(notices.open("court", "failing")).isEmpty();
        assertThat(new OutboxRepository(db).counts().pending()).isEqualTo(2);
    }
}
