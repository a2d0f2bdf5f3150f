-- PostgreSQL twin of db/migration/V20__cluster.sql: work shared by the nodes of a cluster (issue 15).

-- A source's poll is claimed by one node at a time: the lease expires when its owner stops renewing it (died).
ALTER TABLE source_state ADD COLUMN lease_owner TEXT;
ALTER TABLE source_state ADD COLUMN lease_until BIGINT;
-- The node that polled the source last, for casewatch sources and /healthz.
ALTER TABLE source_state ADD COLUMN polled_by TEXT;

-- A message is claimed for delivery by one node at a time, on the same terms.
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
ALTER TABLE outbox ADD COLUMN claim_until BIGINT;

-- One row per casewatch process that ran against this database: id is unique per process (name:pid:start).
CREATE TABLE cluster_node (
    id            TEXT    PRIMARY KEY,
    name          TEXT    NOT NULL,
    started_at    BIGINT NOT NULL,
    checked_in_at BIGINT NOT NULL,
    stopped_at    BIGINT
);

-- Work done by one node at a time for all (planning alert batches, reminders, digests, notices, retention).
CREATE TABLE cluster_task (
    name        TEXT    PRIMARY KEY,
    owner       TEXT,
    lease_until BIGINT
);

-- Claims look for due, unleased rows: keep that search off the whole table.
CREATE INDEX source_state_lease ON source_state (lease_owner);
CREATE INDEX outbox_claimed ON outbox (claimed_by) WHERE claimed_by IS NOT NULL;
