-- Notices to the operator about a source: open while the source is failing or silent, closed when it recovers.
CREATE TABLE source_notice (
    id        INTEGER PRIMARY KEY,
    source_id TEXT    NOT NULL,
    kind      TEXT    NOT NULL,
    opened_at INTEGER NOT NULL,
    closed_at INTEGER
);
CREATE INDEX source_notice_open ON source_notice (source_id, kind) WHERE closed_at IS NULL;
