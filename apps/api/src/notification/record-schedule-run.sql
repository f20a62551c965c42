INSERT INTO schedule_run (name, ran_at) VALUES ($1, now())
ON CONFLICT (name) DO UPDATE SET ran_at = EXCLUDED.ran_at
