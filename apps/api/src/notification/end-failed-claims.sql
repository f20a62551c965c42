UPDATE delivery SET status = i.status, last_error = i.error, claim_expires_at = now(), updated_at = now()
 FROM unnest($1::bigint[], $2::uuid[], $3::uuid[], $4::text[], $5::text[])
   AS i (event_id, account_id, token, status, error)
WHERE delivery.event_id = i.event_id AND delivery.account_id = i.account_id AND channel = 'EMAIL'
  AND delivery.status = 'SENDING' AND delivery.claim_token = i.token
