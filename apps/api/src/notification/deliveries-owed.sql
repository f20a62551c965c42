SELECT d.event_id AS "eventId", d.account_id AS "accountId", d.channel,
       e.type, e.request_id AS "requestId", e.occurred_at AS "occurredAt"
  FROM delivery d JOIN outbox_event e ON e.id = d.event_id
 WHERE d.status IN ('PENDING', 'SENDING') AND d.updated_at < now() - $1 * interval '1 millisecond'
   AND (d.status = 'PENDING' OR coalesce(d.claim_expires_at, '-infinity') <= now())
 ORDER BY d.updated_at LIMIT $2
