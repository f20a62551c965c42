SELECT id, type, request_id AS "requestId", occurred_at AS "occurredAt" FROM outbox_event
 WHERE relayed_at IS NOT NULL AND fanned_out_at IS NULL AND relayed_at < now() - $1 * interval '1 millisecond'
 ORDER BY id LIMIT $2
