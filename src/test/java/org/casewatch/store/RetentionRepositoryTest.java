package org.casewatch.store;

import org.casewatch.model.Item;
import org.casewatch.model.Mention;
import org.casewatch.model.OutgoingMessage;
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
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Retention against both stores. */
@ParameterizedClass
@EnumSource(TestStore.class)
class RetentionRepositoryTest {

    @Parameter
    TestStore store;

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Instant LONG_AGO = NOW.minus(Duration.ofDays(200));
    private static final String TEXT = "The regional appeals court will hear the case of Aidos Temirkhanov, the editor"
            + " sentenced to seven years last spring, on 3 December, his lawyers said after the hearing.";

    @TempDir
    Path dir;

    private Database db;
    private ItemRepository items;
    private OutboxRepository outbox;

    @BeforeEach
    void open() {
        db = store.create(dir).open();
        items = new ItemRepository(db);
        outbox = new OutboxRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void save(Item item, Instant seen) {
        int at = TEXT.indexOf("Aidos");
        Mention named = new Mention("temirkhanov", "Aidos Temirkhanov", at, at + 17, TEXT, at, at + 17, 1.0, "full name");
        items.save(items.filterNew("herald", List.of(item)).get(0), item, List.of(named), List.of(), List.of(), seen);
    }

    @Test
    void oldTextIsForgottenButOldItemsAndMessagesStayKnown() {
        Item old = new Item("old", "https://h.example/old", "Appeal date set", TEXT, Optional.of(LONG_AGO));
        Item recent = new Item("new", "https://h.example/new", "Appeal heard", TEXT + " Again.", Optional.of(NOW));
        save(old, LONG_AGO);
        save(recent, NOW);
        outbox.enqueue(new OutgoingMessage("sent-long-ago", "a@example.org", "alert", "S", "<p>html</p>", "text"),
                LONG_AGO);
        outbox.markSent(outbox.due(LONG_AGO, 1).get(0).id(), LONG_AGO);
        outbox.enqueue(new OutgoingMessage("waiting", "a@example.org", "alert", "S", "<p>html</p>", "text"), LONG_AGO);

        RetentionRepository.Forgotten forgotten = new RetentionRepository(db).forgetBefore(NOW.minus(Duration.ofDays(180)));

        assertThat(forgotten).isEqualTo(new RetentionRepository.Forgotten(1, 1));
        assertThat(strings("SELECT guid || ':' || body || ':' || sketch FROM item ORDER BY id"))
                .satisfiesExactly(o -> assertThat(o).isEqualTo("old::"), r -> assertThat(r).startsWith("new:" + TEXT));
        assertThat(strings("SELECT DISTINCT item_id FROM story_shingle")).containsExactly("2");
        assertThat(strings("SELECT snippet FROM mention ORDER BY item_id")).containsExactly("", TEXT);
        assertThat(strings("SELECT dedupe_key || ':' || text FROM outbox ORDER BY id"))
                .containsExactly("sent-long-ago:", "waiting:text");
        assertThat(items.filterNew("herald", List.of(old))).as("still known, never new again").isEmpty();
        assertThat(outbox.enqueue(new OutgoingMessage("sent-long-ago", "a@example.org", "alert", "S", "h", "t"), NOW))
                .as("its key still stops it being queued twice").isFalse();
    }

    private List<String> strings(String sql) {
        return db.read(sql, c -> Sql.strings(c, sql));
    }
}
