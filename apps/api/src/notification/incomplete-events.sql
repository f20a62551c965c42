SELECT count(*) AS n FROM (
  SELECT id FROM outbox_event
   WHERE relayed_at IS NOT NULL AND fanned_out_at IS NULL AND relayed_at < now() - $1 * interval '1 millisecond'
  UNION
  SELECT event_id FROM delivery
   WHERE status IN ('PENDING', 'SENDING') AND updated_at < now() - $1 * interval '1 millisecond'
) incomplete
