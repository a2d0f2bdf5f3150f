-- PostgreSQL twin of db/migration/V8__story_sketch_on_item.sql: the sketch moves onto the item row, and story_shingle
-- becomes a table keyed by (hash, item_id) (PostgreSQL has no WITHOUT ROWID: the primary key is its index).
ALTER TABLE item ADD COLUMN sketch TEXT NOT NULL DEFAULT '';
UPDATE item SET sketch = coalesce((SELECT string_agg(s.hash::text, ',' ORDER BY s.hash) FROM story_shingle s
                                   WHERE s.item_id = item.id), '');

CREATE TABLE story_shingle_by_hash (
    hash    BIGINT NOT NULL,
    item_id BIGINT NOT NULL REFERENCES item (id),
    PRIMARY KEY (hash, item_id)
);
INSERT INTO story_shingle_by_hash (hash, item_id) SELECT DISTINCT hash, item_id FROM story_shingle;
DROP TABLE story_shingle;
ALTER TABLE story_shingle_by_hash RENAME TO story_shingle;

DROP INDEX item_content_hash;
CREATE INDEX item_source_content_hash ON item (source_id, content_hash);
