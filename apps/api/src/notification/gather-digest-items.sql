-- Gathers into digest $1 the items of account $2 held for frequency $3 that no digest has taken yet and whose events
-- occurred by $4, the period's end: a retry finds the same ones, later ones wait for the next digest.
UPDATE digest_item SET digest_event_id = $1
 WHERE account_id = $2 AND frequency = $3 AND digest_event_id IS NULL
   AND event_id IN (SELECT id FROM outbox_event WHERE occurred_at <= $4)
