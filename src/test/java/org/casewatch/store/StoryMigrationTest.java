package org.casewatch.store;

import org.casewatch.model.Item;
import org.casewatch.model.Mention;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A database written before sketches moved onto the item row (V8) still groups a new copy with an old story. */
class StoryMigrationTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final String BODY = "The regional appeals court will hear the case of Aidos Temirkhanov, the editor"
            + " sentenced to seven years last spring, on 3 December. His lawyers say the charges are political and that"
            + " the evidence was fabricated by the investigators who handled the case in the capital.";

    @TempDir
    Path dir;

    @Test
    void anItemStoredBeforeVersion8KeepsItsSketchAndItsStory() throws Exception {
        Path file = dir.resolve("casewatch.db");
        String url = "jdbc:sqlite:" + file;
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("7").load().migrate();
        Item old = new Item("h1", "https://herald.example/1", "Appeal date set", BODY, Optional.of(NOW));
        TextSketch sketch = TextSketch.of(old.matchText());
        try (Connection c = DriverManager.getConnection(url)) {
            Sql.update(c, "INSERT INTO item (id, source_id, item_key, guid, link, title, body, seen_at, content_hash, "
                    + "story_id, canonical_link, shingles) VALUES (1, 'herald', 'h1', 'h1', ?, ?, ?, ?, 'x', 1, ?, ?)",
                    old.link(), old.title(), old.summary(), NOW.toEpochMilli(), old.link(), sketch.size());
            Sql.update(c, "INSERT INTO mention (item_id, person_id, surface, start_at, end_at, snippet, confidence, "
                    + "rule) VALUES (1, 'temirkhanov', 'Aidos Temirkhanov', 0, 17, 'Aidos Temirkhanov', 1.0, 'name')");
            try (PreparedStatement st = c.prepareStatement("INSERT INTO story_shingle (hash, item_id) VALUES (?, 1)")) {
                for (long h : sketch.hashes()) {
                    st.setLong(1, h);
                    st.executeUpdate();
                }
            }
        }

        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            ItemRepository items = new ItemRepository(db);
            Item copy = new Item("w7", "https://wire.example/7", "Editor's appeal to be heard in December",
                    BODY.substring(0, BODY.length() * 2 / 3), Optional.of(NOW));
            NewItem fresh = items.filterNew("wire", List.of(copy)).get(0);
            Mention named = new Mention("temirkhanov", "Aidos Temirkhanov", 0, 17, "Aidos Temirkhanov", 0, 17, 1.0, "name");
            items.save(fresh, copy, List.of(named), List.of(), List.of(), NOW);

            List<Long> stories = db.read("stories", c -> Sql.strings(c, "SELECT story_id FROM item ORDER BY id"))
                    .stream().map(Long::valueOf).toList();
            assertThat(stories).containsExactly(1L, 1L);
        }
    }
}
