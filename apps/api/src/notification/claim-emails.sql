WITH input AS (
  SELECT * FROM unnest($1::bigint[], $2::uuid[], $3::uuid[]) AS i (event_id, account_id, token)
), claimed AS (
  INSERT INTO delivery (event_id, account_id, channel, status, attempts, claim_token, claim_expires_at)
  SELECT event_id, account_id, 'EMAIL', 'SENDING', 1, token, now() + $4 * interval '1 millisecond' FROM input
  ON CONFLICT (event_id, account_id, channel) DO UPDATE
    SET status = 'SENDING', attempts = delivery.attempts + 1, claim_token = EXCLUDED.claim_token,
        claim_expires_at = EXCLUDED.claim_expires_at, updated_at = now()
    WHERE delivery.status = 'PENDING'
       OR (delivery.status = 'SENDING' AND coalesce(delivery.claim_expires_at, '-infinity') <= now())
  RETURNING event_id, account_id, claim_token
)
SELECT i.event_id, i.account_id, c.claim_token AS token, d.status, d.claim_expires_at AS until, d.last_error
  FROM input i
  LEFT JOIN claimed c USING (event_id, account_id)
  LEFT JOIN delivery d ON d.event_id = i.event_id AND d.account_id = i.account_id AND d.channel = 'EMAIL'
