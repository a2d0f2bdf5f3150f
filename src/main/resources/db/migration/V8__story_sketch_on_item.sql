-- Writing less per item (scale harness: a thousand new sources, 20,000 items in one cycle).

-- An item's sketch is read back whole when a new item is compared with it: keep it on the item row (the hashes,
-- ascending, comma-separated) instead of reading up to 64 rows of story_shingle.
ALTER TABLE item ADD COLUMN sketch TEXT NOT NULL DEFAULT '';
UPDATE item SET sketch = coalesce((SELECT group_concat(hash, ',' ORDER BY hash) FROM story_shingle s
                                   WHERE s.item_id = item.id), '');

-- story_shingle is then only looked up by hash: the table is its own (hash, item_id) index, instead of a rowid
-- table with three indexes that every one of an item's 64 rows had to be written into.
CREATE TABLE story_shingle_by_hash (
    hash    INTEGER NOT NULL,
    item_id INTEGER NOT NULL REFERENCES item (id),
    PRIMARY KEY (hash, item_id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO story_shingle_by_hash (hash, item_id) SELECT hash, item_id FROM story_shingle;
DROP TABLE story_shingle;
ALTER TABLE story_shingle_by_hash RENAME TO story_shingle;

-- Content hashes are compared within one source: index them by source, so a poll's inserts share a few pages.
DROP INDEX item_content_hash;
CREATE INDEX item_source_content_hash ON item (source_id, content_hash);
