SELECT name, extract(epoch FROM now() - ran_at)::float8 AS age FROM schedule_run WHERE name = ANY($1)
