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
import java.util.Set;
import java.util.stream.Collectors;

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

    /**
     * The items of this poll not yet stored from this source under the same key, or with the same content
     * where the content is enough to identify an item (see {@link ItemIdentity#textIdentifies}).
     */
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

    /** One new item ready to be stored, with everything it caused. */
    public record Pending(NewItem item, Item withText, List<Mention> mentions, List<FoundHearing> hearings,
                          List<AlertTarget> alerts) {
    }

    /**
     * Stores the item, its mentions, the hearings it states and its alerts; returns the number of alerts queued,
     * or -1 when the item was already stored (by a concurrent or earlier poll) and nothing was written.
     */
    public int save(NewItem item, Item withText, List<Mention> mentions, List<FoundHearing> hearings,
                    List<AlertTarget> alerts, Instant now) {
        return saveAll(List.of(new Pending(item, withText, mentions, hearings, alerts)), now).get(0);
    }

    /**
     * Stores a poll's new items in one transaction (one commit per source, not per item, so a thousand new
     * sources do not queue twenty thousand commits behind the single writer); per item, as {@link #save}.
     */
    public List<Integer> saveAll(List<Pending> batch, Instant now) {
        // Computed before taking the single writer's lock: other sources' writes need not wait for it.
        List<TextSketch> sketches = batch.stream().map(p -> p.mentions().isEmpty() ? TextSketch.NONE
                : TextSketch.of(p.withText().matchText())).toList();
        List<String> links = batch.stream().map(p -> ItemIdentity.canonicalLink(p.withText().link())).toList();
        String what = "save " + batch.size() + " items of source " + (batch.isEmpty() ? "" : batch.get(0).item().sourceId());
        return db.write(what, c -> {
            List<Integer> results = new ArrayList<>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                results.add(saveOne(c, batch.get(i), links.get(i), sketches.get(i), now));
            }
            return results;
        });
    }

    private static int saveOne(Connection c, Pending p, String canonicalLink, TextSketch sketch, Instant now)
            throws SQLException {
        if (known(c, p.item())) {
            return -1;
        }
        long id = insertItem(c, p.item(), p.withText(), now);
        // Stories exist so that copies alert nobody twice and digests list every source that carried a person's
        // story: an item naming no watched person is a story of its own, and the search for copies, the dearest
        // part of storing an item, is left out for the great majority of items.
        long story = p.mentions().isEmpty() ? Stories.alone(c, id)
                : Stories.assign(c, id, p.withText().guid(), canonicalLink, sketch, personIds(p.mentions()), now);
        for (Mention m : p.mentions()) {
            insertMention(c, id, m);
        }
        for (FoundHearing h : p.hearings()) {
            HearingRepository.record(c, h, id, p.withText().link(), now);
        }
        int queued = 0;
        for (AlertTarget target : p.alerts()) {
            // One alert per story and recipient: a copy from another source alerts nobody twice.
            queued += AlertQueue.add(c, target, story, id, now) ? 1 : 0;
        }
        return queued;
    }

    private static Set<String> personIds(List<Mention> mentions) {
        return mentions.stream().map(Mention::personId).collect(Collectors.toSet());
    }

    private static boolean known(Connection c, NewItem item) throws SQLException {
        // A headline alone never makes an item a repeat: without text of its own, only its key identifies it.
        try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM item WHERE source_id = ? AND (item_key = ? "
                + "OR (? AND content_hash = ?)) LIMIT 1")) {
            st.setString(1, item.sourceId());
            st.setString(2, item.key());
            st.setBoolean(3, ItemIdentity.textIdentifies(item.item()));
            st.setString(4, item.contentHash());
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
