-- Stories: copies of one story in several sources share a story id (the id of its first item).
ALTER TABLE item ADD COLUMN story_id INTEGER;
ALTER TABLE item ADD COLUMN canonical_link TEXT;
ALTER TABLE item ADD COLUMN shingles INTEGER NOT NULL DEFAULT 0;
UPDATE item SET story_id = id;
CREATE INDEX item_story ON item (story_id);
CREATE INDEX item_canonical_link ON item (canonical_link);

-- Each item's text sketch: the smallest hashes of its three-word shingles (a bottom-k MinHash sketch).
CREATE TABLE story_shingle (
    hash    INTEGER NOT NULL,
    item_id INTEGER NOT NULL REFERENCES item (id)
);
CREATE INDEX story_shingle_hash ON story_shingle (hash);

-- Who was alerted about which story, so a copy of the story in another source alerts nobody twice.
CREATE TABLE story_alert (
    story_id  INTEGER NOT NULL,
    recipient TEXT    NOT NULL,
    PRIMARY KEY (story_id, recipient)
);
