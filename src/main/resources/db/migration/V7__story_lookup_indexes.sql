-- Story lookups at scale (seen with 20,000 items in the scale harness): a probe reads the newest items of one
-- shingle hash straight from an index, loading one item's sketch and finding a copy by guid scan nothing.
CREATE INDEX story_shingle_hash_item ON story_shingle (hash, item_id);
CREATE INDEX story_shingle_item ON story_shingle (item_id);
CREATE INDEX item_guid ON item (guid);
