-- Claims the digest period of frequency $1 ending on $2 as announced; answers a row only the first time.
INSERT INTO digest_period (frequency, ends_on) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING frequency
