-- Claims reminder ($1 kind, $2 subject, $3 step) as sent at $4; answers a row only the first time.
INSERT INTO reminder_sent (kind, subject_id, step, sent_at) VALUES ($1, $2, $3, $4)
ON CONFLICT DO NOTHING RETURNING kind
