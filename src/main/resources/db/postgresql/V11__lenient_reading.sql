-- PostgreSQL twin of db/migration/V11__lenient_reading.sql: why the strict reading refused a source's last body, and
-- when a body was last read leniently.
ALTER TABLE source_state ADD COLUMN lenient_error TEXT;
ALTER TABLE source_state ADD COLUMN lenient_at BIGINT;
