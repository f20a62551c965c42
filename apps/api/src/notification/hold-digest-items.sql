-- Keeps event $1's email for the digests its recipients chose: account $2[i] at frequency $3[i]. A repeated fan-out
-- holds nothing twice.
INSERT INTO digest_item (account_id, event_id, frequency)
SELECT account_id, $1, frequency FROM unnest($2::uuid[], $3::text[]) AS r (account_id, frequency)
ON CONFLICT DO NOTHING
