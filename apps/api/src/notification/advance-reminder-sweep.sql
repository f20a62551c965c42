-- The reminder sweep now reaches $1.
INSERT INTO reminder_sweep (id, swept_to) VALUES (1, $1)
ON CONFLICT (id) DO UPDATE SET swept_to = EXCLUDED.swept_to
