-- Work shared by nodes (issue 15). On SQLite (one machine) only polled_by is written; the lease and claim columns and
-- the node table stay empty, but both stores keep one shape so that one set of repositories stands behind either.

-- A source's poll is claimed by one node at a time: the lease expires when its owner stops renewing it (died).
ALTER TABLE source_state ADD COLUMN lease_owner TEXT;
ALTER TABLE source_state ADD COLUMN lease_until INTEGER;
-- The node that polled the source last, for casewatch sources and /healthz.
ALTER TABLE source_state ADD COLUMN polled_by TEXT;

-- A message is claimed for delivery by one node at a time, on the same terms.
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
ALTER TABLE outbox ADD COLUMN claim_until INTEGER;

-- One row per casewatch process that ran against this database: id is unique per process (name:pid:start).
CREATE TABLE cluster_node (
    id            TEXT    PRIMARY KEY,
    name          TEXT    NOT NULL,
    started_at    INTEGER NOT NULL,
    checked_in_at INTEGER NOT NULL,
    stopped_at    INTEGER
);

-- Work done by one node at a time for all (planning alert batches, reminders, digests, notices, retention).
CREATE TABLE cluster_task (
    name        TEXT    PRIMARY KEY,
    owner       TEXT,
    lease_until INTEGER
);
