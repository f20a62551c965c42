-- Claims the reminder sweep's announcement of term $1's start (its step $2) as sent at $3: a row only when nobody
-- had claimed it, so the sweep and a handover never both announce it.
INSERT INTO reminder_sent (kind, subject_id, step, sent_at) VALUES ('ROLE_TERM_STARTS', $1, $2, $3)
ON CONFLICT DO NOTHING RETURNING kind
