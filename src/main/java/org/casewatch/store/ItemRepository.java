package org.casewatch.store;

import org.casewatch.model.FoundHearing;
import org.casewatch.model.Item;
import org.casewatch.model.Mention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recognises new items and records each one together with its story, mentions, hearings and the messages it
 * causes, in one transaction: after a crash either all of it is there or none of it, and the next poll redoes
 * the rest.
 */
public final class ItemRepository {

    private final Database db;

    public ItemRepository(Database db) {
        this.db = db;
    }

    /** The items of this poll not yet stored from this source under the same key or with the same content. */
    public List<NewItem> filterNew(String sourceId, List<Item> items) {
        Map<String, NewItem> candidates = new LinkedHashMap<>();
        for (Item item : items) {
            NewItem candidate = new NewItem(sourceId, ItemIdentity.key(item), ItemIdentity.contentHash(item), item);
            candidates.putIfAbsent(candidate.key(), candidate);
        }
        return db.read("find new items of source " + sourceId, c -> {
            List<NewItem> out = new ArrayList<>();
            for (NewItem candidate : candidates.values()) {
                if (!known(c, candidate)) {
                    out.add(candidate);
                }
            }
            return out;
        });
    }

    /**
     * Stores the item, its mentions, the hearings it states and its alerts; returns the number of alerts queued, or -1 when
     * the item was already stored (by a concurrent or earlier poll) and nothing was written.
     */
    public int save(NewItem item, Item withText, List<Mention> mentions, List<FoundHearing> hearings,
                    List<AlertTarget> alerts, Instant now) {
        // Computed before taking the single writer's lock: other sources' writes need not wait for it.
        TextSketch sketch = TextSketch.of(withText.matchText());
        String canonicalLink = ItemIdentity.canonicalLink(withText.link());
        return db.write("save item " + item.key() + " of source " + item.sourceId(), c -> {
            if (known(c, item)) {
                return -1;
            }
            long id = insertItem(c, item, withText, now);
            long story = Stories.assign(c, id, withText.guid(), canonicalLink, sketch, now);
            for (Mention m : mentions) {
                insertMention(c, id, m);
            }
            for (FoundHearing h : hearings) {
                HearingRepository.record(c, h, id, withText.link(), now);
            }
            int queued = 0;
            for (AlertTarget target : alerts) {
                // One alert per story and recipient: a copy from another source alerts nobody twice.
                queued += AlertQueue.add(c, target, story, id, now) ? 1 : 0;
            }
            return queued;
        });
    }

    private static boolean known(Connection c, NewItem item) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM item WHERE source_id = ? AND (item_key = ? "
                + "OR content_hash = ?) LIMIT 1")) {
            st.setString(1, item.sourceId());
            st.setString(2, item.key());
            st.setString(3, item.contentHash());
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static long insertItem(Connection c, NewItem item, Item withText, Instant now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO item (source_id, item_key, guid, link, title, "
                + "body, published_at, seen_at, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            st.setString(1, item.sourceId());
            st.setString(2, item.key());
            st.setString(3, withText.guid());
            st.setString(4, withText.link());
            st.setString(5, withText.title());
            st.setString(6, withText.summary());
            Sql.setInstant(st, 7, withText.published());
            st.setLong(8, now.toEpochMilli());
            st.setString(9, item.contentHash());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void insertMention(Connection c, long itemId, Mention m) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO mention (item_id, person_id, surface, start_at, "
                + "end_at, snippet, confidence, rule, snippet_start, snippet_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setLong(1, itemId);
            st.setString(2, m.personId());
            st.setString(3, m.surface());
            st.setInt(4, m.start());
            st.setInt(5, m.end());
            st.setString(6, m.snippet());
            st.setDouble(7, m.confidence());
            st.setString(8, m.rule());
            st.setInt(9, m.snippetStart());
            st.setInt(10, m.snippetEnd());
            st.executeUpdate();
        }
    }
}
