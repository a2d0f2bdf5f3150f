package org.casewatch.store;

import org.casewatch.model.FoundHearing;
import org.casewatch.model.HearingKind;
import org.casewatch.model.HearingStatus;
import org.casewatch.model.Item;
import org.casewatch.model.KnownHearing;
import org.casewatch.model.Person;
import org.casewatch.model.StoredHearing;
import org.casewatch.model.Visibility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Hearings against both stores. */
@ParameterizedClass
@EnumSource(TestStore.class)
class HearingRepositoryTest {

    @Parameter
    TestStore store;

    private static final Instant NOW = Instant.parse("2026-11-20T05:00:00Z");
    private static final LocalDate DEC_3 = LocalDate.of(2026, 12, 3);

    @TempDir
    Path dir;

    private Database db;
    private HearingRepository hearings;
    private ItemRepository items;

    @BeforeEach
    void open() {
        db = store.create(dir).open();
        hearings = new HearingRepository(db);
        items = new ItemRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static FoundHearing found(LocalDate date, HearingStatus status, Optional<LocalDate> previous) {
        return new FoundHearing("temirkhanov", Optional.of(date), MonthDay.from(date), Optional.empty(),
                HearingKind.APPEAL, status, "The sentence about " + date + ".", previous);
    }

    private void itemStating(String guid, FoundHearing h) {
        Item item = new Item(guid, "https://h.example/" + guid, "Title " + guid, "Text " + guid, Optional.of(NOW));
        NewItem fresh = items.filterNew("herald", List.of(item)).get(0);
        items.save(fresh, item, List.of(), List.of(h), List.of(), NOW);
    }

    private List<StoredHearing> all() {
        return hearings.between(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
    }

    @Test
    void watchlistHearingsAreStoredOnceAndConfirmAFoundOne() {
        itemStating("1", found(DEC_3, HearingStatus.SCHEDULED, Optional.empty()));
        assertThat(all()).singleElement().satisfies(h -> assertThat(h.confirmed()).isFalse());
        Person person = new Person("temirkhanov", "Aidos Temirkhanov", List.of("Aidos Temirkhanov"), List.of(), "",
                Visibility.PUBLIC, List.of(), List.of(new KnownHearing(DEC_3, Optional.of(LocalTime.of(10, 0)),
                Optional.empty(), HearingKind.APPEAL, "Semey city court", "")), false, "");
        hearings.syncKnown(List.of(person), NOW);
        hearings.syncKnown(List.of(person), NOW);
        assertThat(all()).singleElement().satisfies(h -> {
            assertThat(h.confirmed()).isTrue();
            assertThat(h.court()).isEqualTo("Semey city court");
            assertThat(h.evidence()).contains("The sentence about 2026-12-03.");
        });
    }

    @Test
    void aPostponementMovesTheLatestScheduledHearingAndKeepsTheHistory() {
        itemStating("1", found(DEC_3, HearingStatus.SCHEDULED, Optional.empty()));
        LocalDate dec15 = LocalDate.of(2026, 12, 15);
        itemStating("2", new FoundHearing("temirkhanov", Optional.of(dec15), MonthDay.from(dec15), Optional.empty(),
                HearingKind.OTHER, HearingStatus.POSTPONED, "Postponed to 15 December.", Optional.empty()));
        List<StoredHearing> all = all();
        assertThat(all).extracting(h -> h.date() + " " + h.kind().label() + " " + h.status().label())
                .containsExactly("2026-12-03 appeal postponed", "2026-12-15 appeal scheduled");
        assertThat(all.get(1).rescheduledFrom()).contains(DEC_3);
        assertThat(hearings.history(all.get(0).id())).containsExactly("found (https://h.example/1)",
                "postponed to 2026-12-15 (https://h.example/2)");
    }

    @Test
    void anOutcomeClosesTheHearing() {
        itemStating("1", found(DEC_3, HearingStatus.SCHEDULED, Optional.empty()));
        itemStating("2", found(DEC_3, HearingStatus.HELD, Optional.empty()));
        assertThat(all()).singleElement().satisfies(h -> assertThat(h.status()).isEqualTo(HearingStatus.HELD));
    }
}
