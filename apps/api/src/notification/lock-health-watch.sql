-- Waits until no other health watch runs (in any worker), and keeps the others waiting until this transaction ends.
-- $1 is the watch's advisory lock key.
SELECT pg_advisory_xact_lock($1)
