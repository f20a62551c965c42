UPDATE outbox_event SET relayed_at = now()
 WHERE id IN (SELECT id FROM outbox_event WHERE relayed_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
RETURNING id::text AS id, type, request_id AS "requestId", occurred_at AS "occurredAt"
