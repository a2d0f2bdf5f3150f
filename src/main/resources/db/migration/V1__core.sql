-- Times are epoch milliseconds (UTC), so the schema carries over to PostgreSQL as BIGINT.

CREATE TABLE source_state (
    source_id            TEXT PRIMARY KEY,
    etag                 TEXT,
    last_modified        TEXT,
    next_poll_at         INTEGER,
    last_poll_at         INTEGER,
    last_success_at      INTEGER,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    last_status          INTEGER,
    last_error           TEXT
);

CREATE TABLE item (
    id           INTEGER PRIMARY KEY,
    source_id    TEXT    NOT NULL,
    item_key     TEXT    NOT NULL,
    guid         TEXT    NOT NULL,
    link         TEXT    NOT NULL,
    title        TEXT    NOT NULL,
    body         TEXT    NOT NULL,
    published_at INTEGER,
    seen_at      INTEGER NOT NULL,
    content_hash TEXT    NOT NULL,
    UNIQUE (source_id, item_key)
);
CREATE INDEX item_content_hash ON item (content_hash);

CREATE TABLE mention (
    id         INTEGER PRIMARY KEY,
    item_id    INTEGER NOT NULL REFERENCES item (id),
    person_id  TEXT    NOT NULL,
    surface    TEXT    NOT NULL,
    start_at   INTEGER NOT NULL,
    end_at     INTEGER NOT NULL,
    snippet    TEXT    NOT NULL,
    confidence REAL    NOT NULL,
    rule       TEXT    NOT NULL
);
CREATE INDEX mention_item ON mention (item_id);
CREATE INDEX mention_person ON mention (person_id);

CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    dedupe_key      TEXT    NOT NULL UNIQUE,
    recipient       TEXT    NOT NULL,
    kind            TEXT    NOT NULL,
    subject         TEXT    NOT NULL,
    html            TEXT    NOT NULL,
    text            TEXT    NOT NULL,
    created_at      INTEGER NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    sent_at         INTEGER,
    rejected_at     INTEGER,
    last_error      TEXT
);
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE sent_at IS NULL AND rejected_at IS NULL;
