-- Makes participant $2[i] a convenor of milestone $1[i], unless it is one already.
INSERT INTO milestone_convenor (milestone_id, participant_id)
SELECT * FROM unnest($1::uuid[], $2::uuid[])
ON CONFLICT DO NOTHING
