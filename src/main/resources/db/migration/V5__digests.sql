-- One row per digest period and recipient, written with the digest (or instead of it, when it was empty).
CREATE TABLE digest_run (
    recipient  TEXT    NOT NULL,
    period_end INTEGER NOT NULL,
    sent       INTEGER NOT NULL,
    PRIMARY KEY (recipient, period_end)
);
CREATE INDEX item_seen ON item (seen_at);
CREATE INDEX hearing_change_at ON hearing_change (at);
