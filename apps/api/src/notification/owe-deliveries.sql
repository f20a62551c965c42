WITH owed AS (
  INSERT INTO delivery (event_id, account_id, channel, status, attempts)
  SELECT $1, account_id, channel, 'PENDING', 0 FROM unnest($2::uuid[], $3::text[]) AS d (account_id, channel)
  ON CONFLICT (event_id, account_id, channel) DO NOTHING
), held AS (
  INSERT INTO digest_item (account_id, event_id, frequency)
  SELECT account_id, $1, frequency FROM unnest($4::uuid[], $5::text[]) AS r (account_id, frequency)
  ON CONFLICT DO NOTHING
)
UPDATE outbox_event SET fanned_out_at = now() WHERE id = $1 AND fanned_out_at IS NULL
