-- The staff console (issue 14): sign-in links, sessions, choices staff make, reviews, and cycle counters.
-- Secrets (sign-in links, session and calendar tokens) are kept only as SHA-256 hashes.

CREATE TABLE login_link (
    token_hash TEXT    PRIMARY KEY,
    email      TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at    INTEGER
);

-- One row per sign-in request, by address hash and by client, for rate limits; old rows are deleted.
CREATE TABLE login_attempt (
    subject TEXT    NOT NULL,
    at      INTEGER NOT NULL
);
CREATE INDEX login_attempt_subject ON login_attempt (subject, at);

CREATE TABLE web_session (
    id           INTEGER PRIMARY KEY,
    token_hash   TEXT    NOT NULL UNIQUE,
    email        TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    client       TEXT    NOT NULL DEFAULT '',
    user_agent   TEXT    NOT NULL DEFAULT '',
    ended_at     INTEGER
);
CREATE INDEX web_session_email ON web_session (email) WHERE ended_at IS NULL;

-- A staff member's own choices; NULL keeps what subscribers.yaml says. follows: 'all', or persons and tags below.
CREATE TABLE staff_preference (
    email      TEXT    PRIMARY KEY,
    language   TEXT,
    alerts     TEXT,
    reminders  INTEGER,
    follows    TEXT,
    updated_at INTEGER NOT NULL
);
CREATE TABLE staff_follow (
    email TEXT NOT NULL,
    kind  TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (email, kind, value)
);

-- "Not this person": the written form never counts for that person again, from the next cycle.
CREATE TABLE name_exclusion (
    person_id  TEXT    NOT NULL,
    surface    TEXT    NOT NULL,
    created_by TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (person_id, surface)
);
ALTER TABLE mention ADD COLUMN review TEXT;
ALTER TABLE mention ADD COLUMN reviewed_by TEXT;
ALTER TABLE mention ADD COLUMN reviewed_at INTEGER;

-- Found hearings confirmed, corrected or rejected by staff. A rejected or corrected hearing's sentence never brings
-- a hearing back for that person.
ALTER TABLE hearing ADD COLUMN confirmed_by TEXT;
ALTER TABLE hearing ADD COLUMN rejected_at INTEGER;
CREATE TABLE hearing_dismissal (
    person_id TEXT NOT NULL,
    sentence  TEXT NOT NULL,
    PRIMARY KEY (person_id, sentence)
);

CREATE TABLE calendar_token (
    token_hash TEXT    PRIMARY KEY,
    email      TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    revoked_at INTEGER
);

-- Counters for /metrics and /healthz, written after each cycle (a console in another process reads them here).
CREATE TABLE source_counter (
    source_id    TEXT    PRIMARY KEY,
    polls        INTEGER NOT NULL DEFAULT 0,
    failures     INTEGER NOT NULL DEFAULT 0,
    not_modified INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE cycle_counter (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    cycles          INTEGER NOT NULL,
    last_at         INTEGER NOT NULL,
    last_duration_ms INTEGER NOT NULL
);
