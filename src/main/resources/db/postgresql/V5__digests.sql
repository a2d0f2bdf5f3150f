-- PostgreSQL twin of db/migration/V5__digests.sql.
CREATE TABLE digest_run (
    recipient  TEXT    NOT NULL,
    period_end BIGINT  NOT NULL,
    sent       INTEGER NOT NULL,
    PRIMARY KEY (recipient, period_end)
);
CREATE INDEX item_seen ON item (seen_at);
CREATE INDEX hearing_change_at ON hearing_change (at);
