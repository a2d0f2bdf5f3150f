-- PostgreSQL twin of db/migration/V3__stories.sql.
ALTER TABLE item ADD COLUMN story_id BIGINT;
ALTER TABLE item ADD COLUMN canonical_link TEXT;
ALTER TABLE item ADD COLUMN shingles INTEGER NOT NULL DEFAULT 0;
UPDATE item SET story_id = id;
CREATE INDEX item_story ON item (story_id);
CREATE INDEX item_canonical_link ON item (canonical_link);

CREATE TABLE story_shingle (
    hash    BIGINT NOT NULL,
    item_id BIGINT NOT NULL REFERENCES item (id)
);
CREATE INDEX story_shingle_hash ON story_shingle (hash);

CREATE TABLE story_alert (
    story_id  BIGINT NOT NULL,
    recipient TEXT   NOT NULL,
    PRIMARY KEY (story_id, recipient)
);
