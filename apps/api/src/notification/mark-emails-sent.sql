UPDATE delivery SET status = 'SENT', last_error = NULL, claim_expires_at = NULL, updated_at = now()
 FROM unnest($1::bigint[], $2::uuid[], $3::uuid[]) AS i (event_id, account_id, token)
WHERE delivery.event_id = i.event_id AND delivery.account_id = i.account_id AND channel = 'EMAIL'
  AND delivery.status = 'SENDING' AND delivery.claim_token = i.token
