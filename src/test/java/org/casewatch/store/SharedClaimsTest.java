package org.casewatch.store;

import org.casewatch.model.Node;
import org.casewatch.model.OutgoingMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Row-by-row claims of two nodes on one PostgreSQL database: exclusive while alive, taken over when a node is dead. */
class SharedClaimsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Node A = new Node("a:1:1", "a");
    private static final Node B = new Node("b:2:2", "b");

    @TempDir
    Path dir;

    private Database db;
    private SharedClaims a;
    private SharedClaims b;
    private SourceStateRepository statesOfA;
    private OutboxRepository outbox;

    @BeforeEach
    void open() {
        db = TestStore.POSTGRES.create(dir).open();
        a = new SharedClaims(db, A, NOW);
        b = new SharedClaims(db, B, NOW);
        statesOfA = new SourceStateRepository(db, A);
        outbox = new OutboxRepository(db);
        statesOfA.ensureRows(List.of("herald", "court"));
        a.checkIn(NOW);
        b.checkIn(NOW);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aDueSourceIsClaimedByOneNodeUntilItsPollIsRecorded() {
        assertThat(a.claimSource("herald", NOW, NOW)).isTrue();
        assertThat(b.claimSource("herald", NOW, NOW)).as("held by a live node").isFalse();
        assertThat(a.holdsSource("herald", NOW)).isTrue();
        statesOfA.recordSuccess("herald", java.util.Optional.empty(), java.util.Optional.empty(), NOW, NOW.plusSeconds(60));
        assertThat(b.claimSource("herald", NOW.plusSeconds(1), NOW.plusSeconds(1))).as("polled: not due").isFalse();
        assertThat(b.claimSource("herald", NOW.plusSeconds(60), NOW.plusSeconds(60))).as("due again").isTrue();
        assertThat(new SourceStateRepository(db).health()).filteredOn(h -> h.sourceId().equals("herald"))
                .singleElement().satisfies(h -> assertThat(h.polledBy()).contains("a"));
    }

    @Test
    void aDeadNodesLeaseLapsesAndTheNodeCannotActOnItAfterwards() {
        assertThat(a.claimSource("herald", NOW, NOW)).isTrue();
        Instant later = NOW.plus(SharedClaims.LEASE).plusSeconds(1);
        b.checkIn(later);
        assertThat(b.claimSource("herald", later, later)).as("a stopped renewing: its lease lapsed").isTrue();
        assertThat(a.holdsSource("herald", later)).as("back from the dead, a holds nothing").isFalse();
        a.checkIn(later);
        assertThat(a.holdsSource("herald", later)).as("its heartbeat renews only its own leases").isFalse();
    }

    @Test
    void theHeartbeatKeepsALongPollsLease() {
        assertThat(a.claimSource("herald", NOW, NOW)).isTrue();
        Instant later = NOW.plus(SharedClaims.LEASE).minusSeconds(1);
        a.checkIn(later);
        Instant muchLater = later.plus(SharedClaims.LEASE).minusSeconds(1);
        assertThat(b.claimSource("herald", muchLater, muchLater)).isFalse();
        assertThat(a.holdsSource("herald", muchLater)).isTrue();
    }

    @Test
    void aMessageIsClaimedByOneNodeAndLeavesTheClaimWhenSent() {
        for (String key : List.of("m1", "m2", "m3")) {
            outbox.enqueue(new OutgoingMessage(key, key + "@example.org", "alert", "s", "h", "t"), NOW);
        }
        List<QueuedMessage> ofA = a.claimMessages(NOW, 2);
        assertThat(ofA).extracting(q -> q.message().key()).containsExactly("m1", "m2");
        assertThat(b.claimMessages(NOW, 10)).extracting(q -> q.message().key()).containsExactly("m3");
        assertThat(b.holdsMessage(ofA.get(0).id(), NOW)).isFalse();
        assertThat(a.holdsMessage(ofA.get(0).id(), NOW)).isTrue();
        outbox.markSent(ofA.get(0).id(), NOW);
        assertThat(a.holdsMessage(ofA.get(0).id(), NOW)).as("sent: nothing left to hold").isFalse();
        Instant later = NOW.plus(SharedClaims.LEASE).plusSeconds(1);
        assertThat(b.claimMessages(later, 10)).as("a died holding m2; b's own m3 is its again")
                .extracting(q -> q.message().key()).containsExactly("m2", "m3");
    }

    @Test
    void oneNodeAtATimePlansAndALeavingNodeFreesEverything() {
        assertThat(a.claimTask("plan", NOW)).isTrue();
        assertThat(b.claimTask("plan", NOW)).isFalse();
        a.releaseTask("plan");
        assertThat(b.claimTask("plan", NOW)).isTrue();
        assertThat(b.claimSource("court", NOW, NOW)).isTrue();
        b.leave(NOW);
        assertThat(a.claimTask("plan", NOW)).isTrue();
        assertThat(a.claimSource("court", NOW, NOW)).isTrue();
        assertThat(new ClusterRepository(db).nodes(NOW)).extracting(n -> n.node().name(), n -> n.alive(),
                n -> n.sources(), n -> n.tasks()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a", true, List.of("court"), List.of("plan")),
                org.assertj.core.groups.Tuple.tuple("b", false, List.of(), List.of()));
    }

    @Test
    void manyWorkersOfTwoNodesClaimEachSourceForOneNodeOnly() throws Exception {
        List<String> ids = IntStream.range(0, 200).mapToObj(i -> "source-" + i).toList();
        statesOfA.ensureRows(ids);
        Map<String, Set<String>> claimers = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            SharedClaims node = w % 2 == 0 ? a : b;
            String name = w % 2 == 0 ? "a" : "b";
            List<String> order = new ArrayList<>(ids);
            Collections.shuffle(order, new Random(w));
            workers.add(pool.submit(() -> {
                start.await();
                for (String id : order) {
                    if (node.claimSource(id, NOW, NOW)) {
                        claimers.computeIfAbsent(id, k -> ConcurrentHashMap.newKeySet()).add(name);
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : workers) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(claimers).hasSize(200);
        assertThat(claimers.values()).allSatisfy(nodes -> assertThat(nodes).hasSize(1));
        assertThat(claimers.entrySet()).allSatisfy(e -> assertThat(owner(e.getKey()))
                .isEqualTo(e.getValue().contains("a") ? A.id() : B.id()));
    }

    private String owner(String sourceId) {
        return db.read("owner", c -> Sql.strings(c, "SELECT lease_owner FROM source_state WHERE source_id = ?",
                sourceId)).get(0);
    }
}
