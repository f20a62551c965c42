-- Records $2 as the last health seen of matter $1, at $3.
INSERT INTO matter_health_seen (matter_id, level, seen_at) VALUES ($1, $2, $3)
ON CONFLICT (matter_id) DO UPDATE SET level = EXCLUDED.level, seen_at = EXCLUDED.seen_at
