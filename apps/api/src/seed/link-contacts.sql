-- Makes person $2[i] a contact of milestone $1[i], unless they are one already.
INSERT INTO milestone_contact (milestone_id, person_id)
SELECT * FROM unnest($1::uuid[], $2::uuid[])
ON CONFLICT DO NOTHING
