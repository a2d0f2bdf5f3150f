package org.casewatch.store;

import org.casewatch.model.Item;
import org.casewatch.model.Mention;
import org.casewatch.model.OutgoingMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The repositories against both stores: a SQLite file and a PostgreSQL database. */
@ParameterizedClass
@EnumSource(TestStore.class)
class StoreTest {

    @Parameter
    TestStore store;

    private TestStore.Opened opened;

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @TempDir
    Path dir;

    private Database db;
    private ItemRepository items;
    private OutboxRepository outbox;
    private SourceStateRepository states;

    @BeforeEach
    void open() {
        opened = store.create(dir);
        db = opened.open();
        items = new ItemRepository(db);
        outbox = new OutboxRepository(db);
        states = new SourceStateRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Item item(String guid, String link, String title) {
        return new Item(guid, link, title, "Summary of " + title, Optional.of(NOW));
    }

    private static OutgoingMessage message(String key) {
        return message(key, key + "@example.org");
    }

    private static OutgoingMessage message(String key, String recipient) {
        return new OutgoingMessage(key, recipient, "alert", "Subject " + key, "<p>html</p>", "text");
    }

    private static final AlertTarget ALIYA = new AlertTarget("aliya@example.org", List.of("temirkhanov"));

    @Test
    void reopeningKeepsTheDataAndAppliesNoMigrationTwice() {
        NewItem fresh = items.filterNew("herald", List.of(item("g1", "", "One"))).get(0);
        items.save(fresh, fresh.item(), List.of(), List.of(), List.of(), NOW);
        db.close();
        db = opened.open();
        items = new ItemRepository(db);
        assertThat(items.filterNew("herald", List.of(item("g1", "", "One")))).isEmpty();
    }

    @Test
    void itemsAreKnownByGuidCanonicalLinkOrTheirText() {
        Item byGuid = item("g1", "https://h.example/1", "Guid story");
        Item byLink = item("", "https://H.example/2?utm_source=rss#top", "Link story");
        Item byText = new Item("g5", "https://h.example/5", "Appeal set", APPEAL, Optional.of(NOW));
        save("herald", byGuid, byLink, byText);
        List<NewItem> again = items.filterNew("herald", List.of(
                item("g1", "https://h.example/changed", "Guid story, retitled"),
                item("", "https://h.example/2", "Link story, retitled"),
                new Item("g-new", "https://h.example/6", "Appeal set", APPEAL, Optional.of(NOW)),
                item("g2", "https://h.example/4", "A new story")));
        assertThat(again).extracting(n -> n.item().title()).containsExactly("A new story");
    }

    @Test
    void aSharedHeadlineWithLittleTextNeverMakesANewArticleARepeat() {
        save("court", new Item("c1", "https://court.example/1", "Судебное заседание", "", Optional.of(NOW)));
        List<NewItem> again = items.filterNew("court", List.of(
                new Item("c1", "https://court.example/1", "Судебное заседание", "", Optional.of(NOW)),
                new Item("c2", "https://court.example/2", "Судебное заседание", "", Optional.of(NOW)),
                new Item("", "https://court.example/3", "Судебное заседание", "", Optional.of(NOW)),
                new Item("c4", "https://court.example/4", "Судебное заседание", "Подробнее на сайте суда.",
                        Optional.of(NOW))));
        assertThat(again).extracting(n -> n.item().link())
                .containsExactly("https://court.example/2", "https://court.example/3", "https://court.example/4");
    }

    private static final String APPEAL = "The regional appeals court will hear the case of Aidos Temirkhanov, the"
            + " editor sentenced to seven years last spring, on 3 December. His lawyers say the charges are political"
            + " and that the evidence was fabricated by the investigators who handled the case in the capital.";
    private static final List<Mention> NAMES_TEMIRKHANOV = List.of(new Mention("temirkhanov", "Aidos Temirkhanov", 0,
            17, "Aidos Temirkhanov", 0, 17, 1.0, "name"));

    @Test
    void aCopyInAnotherSourceJoinsTheStoryAndAlertsNobodyTwice() {
        Item first = new Item("h1", "https://herald.example/1", "Appeal date set", APPEAL, Optional.of(NOW));
        Item copy = new Item("w7", "https://wire.example/7", "Editor's appeal to be heard in December",
                APPEAL.substring(0, APPEAL.length() * 2 / 3), Optional.of(NOW));
        Item other = new Item("w8", "https://wire.example/8", "Tram line approved", "The city council approved a new"
                + " tram line to the university campus, the mayor said on Monday, as Aidos Temirkhanov's former"
                + " newspaper reported.", Optional.of(NOW));
        NewItem a = items.filterNew("herald", List.of(first)).get(0);
        assertThat(items.save(a, first, NAMES_TEMIRKHANOV, List.of(), List.of(ALIYA), NOW)).isEqualTo(1);
        List<NewItem> wire = items.filterNew("wire", List.of(copy, other));
        assertThat(wire).as("a copy is a new item of its source").hasSize(2);
        assertThat(items.save(wire.get(0), copy, NAMES_TEMIRKHANOV, List.of(), List.of(ALIYA), NOW)).isZero();
        assertThat(items.save(wire.get(1), other, NAMES_TEMIRKHANOV, List.of(), List.of(ALIYA), NOW)).isEqualTo(1);
        assertThat(storyIds()).containsExactly(1L, 1L, 3L);
    }

    @Test
    void anItemNamingNobodyIsAStoryOfItsOwnAndIndexesNoSketch() {
        Item first = new Item("h1", "https://herald.example/1", "Appeal date set", APPEAL, Optional.of(NOW));
        Item copy = new Item("w7", "https://wire.example/7", "Appeal to be heard in December",
                APPEAL.replace("Aidos Temirkhanov", "the editor"), Optional.of(NOW));
        items.save(items.filterNew("herald", List.of(first)).get(0), first, NAMES_TEMIRKHANOV, List.of(), List.of(),
                NOW);
        items.save(items.filterNew("wire", List.of(copy)).get(0), copy, List.of(), List.of(), List.of(), NOW);

        assertThat(storyIds()).containsExactly(1L, 2L);
        long indexed = db.read("sketch rows", c -> {
            try (var rs = c.createStatement().executeQuery("SELECT count(DISTINCT item_id) FROM story_shingle")) {
                rs.next();
                return rs.getLong(1);
            }
        });
        assertThat(indexed).isEqualTo(1);
    }

    @Test
    void textThatLooksLikeSqlIsStoredAsText() {
        String title = "Robert'); DROP TABLE item; -- \" OR 1=1";
        Item hostile = new Item("g'1", "https://h.example/?q=' OR ''='", title, "x' || (SELECT 1) || '",
                Optional.of(NOW));
        save("source'--", hostile);

        String stored = db.read("title", c -> {
            try (var st = c.prepareStatement("SELECT title FROM item WHERE source_id = ?")) {
                st.setString(1, "source'--");
                try (var rs = st.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
        assertThat(stored).isEqualTo(title);
        assertThat(items.filterNew("source'--", List.of(hostile))).as("known by its quoted guid").isEmpty();
    }

    private List<Long> storyIds() {
        return db.read("stories", c -> Sql.strings(c, "SELECT story_id FROM item ORDER BY id")).stream()
                .map(Long::valueOf).toList();
    }

    @Test
    void savingAnItemStoresItsMentionsAndQueuesItsAlertsOnce() {
        NewItem fresh = items.filterNew("herald", List.of(item("g1", "", "Story"))).get(0);
        Mention mention = NAMES_TEMIRKHANOV.get(0);
        AlertTarget marat = new AlertTarget("marat@example.org", List.of("temirkhanov"));
        assertThat(items.save(fresh, fresh.item(), List.of(mention), List.of(), List.of(ALIYA, marat), NOW)).isEqualTo(2);
        assertThat(items.save(fresh, fresh.item(), List.of(mention), List.of(), List.of(ALIYA), NOW)).isEqualTo(-1);
        AlertQueue queue = new AlertQueue(db);
        assertThat(queue.recipientsDue(NOW)).containsExactly("aliya@example.org", "marat@example.org");
        List<QueuedAlert> waiting = queue.waiting("aliya@example.org");
        assertThat(waiting).singleElement().satisfies(a -> {
            assertThat(a.item().title()).isEqualTo("Story");
            assertThat(a.mentions()).containsExactly(mention);
        });
        assertThat(queue.commit(waiting, message("batch-1"), NOW)).isTrue();
        assertThat(queue.recipientsDue(NOW)).containsExactly("marat@example.org");
        assertThat(outbox.enqueue(message("batch-1"), NOW)).isFalse();
        assertThat(outbox.counts()).isEqualTo(new OutboxCounts(1, 0, 0));
        long mentions = db.read("count", c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM mention")) {
                rs.next();
                return rs.getLong(1);
            }
        });
        assertThat(mentions).isEqualTo(1);
    }

    @Test
    void theOutboxHandsOutDueMessagesUntilSentOrRejected() {
        outbox.enqueue(message("a"), NOW);
        outbox.enqueue(message("b"), NOW);
        outbox.enqueue(message("c"), NOW);
        List<QueuedMessage> due = outbox.due(NOW, 10);
        assertThat(due).extracting(q -> q.message().key()).containsExactly("a", "b", "c");
        outbox.markSent(due.get(0).id(), NOW);
        outbox.markRetry(due.get(1).id(), NOW.plusSeconds(60), "relay down");
        outbox.markRejected(due.get(2).id(), NOW, "550 no such user");
        assertThat(outbox.due(NOW, 10)).isEmpty();
        assertThat(outbox.due(NOW.plusSeconds(60), 10)).singleElement().satisfies(q -> {
            assertThat(q.message().key()).isEqualTo("b");
            assertThat(q.attempts()).isEqualTo(1);
        });
        assertThat(outbox.counts()).isEqualTo(new OutboxCounts(1, 1, 1));
    }

    @Test
    void sourceStateRecordsFailuresAndResetsOnSuccess() {
        states.recordFailure("herald", "HTTP 503", 503, NOW, NOW.plusSeconds(600));
        states.recordFailure("herald", "HTTP 503", 503, NOW, NOW.plusSeconds(1200));
        assertThat(states.find("herald").consecutiveFailures()).isEqualTo(2);
        assertThat(states.health()).singleElement().satisfies(h -> {
            assertThat(h.lastError()).contains("HTTP 503");
            assertThat(h.lastSuccessAt()).isEmpty();
            assertThat(h.nextPollAt()).contains(NOW.plusSeconds(1200));
        });
        states.recordSuccess("herald", Optional.of("\"v2\""), Optional.empty(), NOW, NOW.plusSeconds(1800));
        SourceState state = states.find("herald");
        assertThat(state.consecutiveFailures()).isZero();
        assertThat(state.etag()).contains("\"v2\"");
        states.recordSuccess("herald", Optional.empty(), Optional.empty(), NOW, NOW.plusSeconds(1800));
        assertThat(states.find("herald").etag()).as("a 304 keeps the validators").contains("\"v2\"");
        assertThat(states.health().get(0).lastError()).isEmpty();
    }

    @Test
    void aBodyReadLenientlyIsMarkedUntilABodyReadsStrictlyAndA304LeavesTheMark() {
        states.recordSuccess("wire", Optional.empty(), Optional.empty(), NOW, NOW.plusSeconds(1800),
                Optional.of("Invalid XML: unclosed CDATA"));
        assertThat(states.health()).singleElement().satisfies(h -> {
            assertThat(h.lenientError()).contains("Invalid XML: unclosed CDATA");
            assertThat(h.lenientAt()).contains(NOW);
            assertThat(h.consecutiveFailures()).isZero();
        });
        states.recordSuccess("wire", Optional.empty(), Optional.empty(), NOW.plusSeconds(60), NOW.plusSeconds(1800));
        assertThat(states.health().get(0).lenientError()).as("not modified: the same body").isPresent();
        states.recordSuccess("wire", Optional.empty(), Optional.empty(), NOW.plusSeconds(120), NOW.plusSeconds(1800),
                Optional.empty());
        assertThat(states.health().get(0).lenientError()).isEmpty();
        assertThat(states.health().get(0).lenientAt()).as("when it was last read leniently stays").contains(NOW);
    }

    private void save(String source, Item... list) {
        for (NewItem fresh : items.filterNew(source, List.of(list))) {
            items.save(fresh, fresh.item(), List.of(), List.of(), List.of(), NOW);
        }
    }
}
