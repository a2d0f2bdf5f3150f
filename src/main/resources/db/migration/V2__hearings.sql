-- Hearings: one row per (person, date, kind); dates are local ISO dates (YYYY-MM-DD), times HH:MM.

CREATE TABLE hearing (
    id               INTEGER PRIMARY KEY,
    person_id        TEXT    NOT NULL,
    date             TEXT    NOT NULL,
    time             TEXT,
    zone             TEXT,
    kind             TEXT    NOT NULL,
    court            TEXT    NOT NULL DEFAULT '',
    note             TEXT    NOT NULL DEFAULT '',
    origin           TEXT    NOT NULL,
    status           TEXT    NOT NULL,
    evidence         TEXT,
    link             TEXT,
    item_id          INTEGER REFERENCES item (id),
    rescheduled_from TEXT,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    UNIQUE (person_id, date, kind)
);
CREATE INDEX hearing_date ON hearing (date);

CREATE TABLE hearing_change (
    id         INTEGER PRIMARY KEY,
    hearing_id INTEGER NOT NULL REFERENCES hearing (id),
    at         INTEGER NOT NULL,
    change     TEXT    NOT NULL
);

ALTER TABLE outbox ADD COLUMN calendar TEXT;
