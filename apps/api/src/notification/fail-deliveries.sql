UPDATE delivery SET status = 'FAILED', last_error = $4, claim_expires_at = NULL, updated_at = now()
WHERE event_id = $1 AND account_id = ANY($2::uuid[]) AND channel = $3
  AND (status = 'PENDING'
       OR (status = 'SENDING' AND coalesce(claim_expires_at, '-infinity') <= now()))
