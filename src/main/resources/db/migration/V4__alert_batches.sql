-- Immediate alerts wait here, one row per (recipient, story), until a batch of them goes out as one email.
CREATE TABLE alert_pending (
    id         INTEGER PRIMARY KEY,
    recipient  TEXT    NOT NULL,
    story_id   INTEGER NOT NULL,
    item_id    INTEGER NOT NULL REFERENCES item (id),
    person_ids TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    batched_at INTEGER,
    UNIQUE (recipient, story_id)
);
CREATE INDEX alert_pending_open ON alert_pending (recipient, created_at) WHERE batched_at IS NULL;

DROP TABLE story_alert;

ALTER TABLE mention ADD COLUMN snippet_start INTEGER NOT NULL DEFAULT 0;
ALTER TABLE mention ADD COLUMN snippet_end INTEGER NOT NULL DEFAULT 0;
