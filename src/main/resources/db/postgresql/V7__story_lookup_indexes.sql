-- PostgreSQL twin of db/migration/V7__story_lookup_indexes.sql.
CREATE INDEX story_shingle_hash_item ON story_shingle (hash, item_id);
CREATE INDEX story_shingle_item ON story_shingle (item_id);
CREATE INDEX item_guid ON item (guid);
