-- A source whose feed is not well-formed XML is read by the lenient second reading. lenient_error holds why the
-- strict reading refused its last body (NULL once a body reads strictly again); lenient_at is the last time a body
-- was read leniently, so the operator's notice can stay open while the feed is broken now and then.
ALTER TABLE source_state ADD COLUMN lenient_error TEXT;
ALTER TABLE source_state ADD COLUMN lenient_at INTEGER;
