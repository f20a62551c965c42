-- A process's history up to an instant, in one statement ($1 process, $2 first instant, $3 last instant, $4 the
-- tiers the reader may see): what snapshot.sql reads, without its "as of" cuts, which history.repository.ts makes
-- for each instant of a readiness series. A placeholder in double braces stands for an entity's row as a JSON array
-- of its columns, as in snapshot.sql (entity-arrays.ts); events are compact arrays, their instants in epoch
-- microseconds so that a cut lands where SQL's `<=` would. A change to what the snapshot reads belongs here too
-- (test/readiness-series.int-spec.ts compares the two; test/snapshot-columns.int-spec.ts checks that both return
-- every column).
WITH process_matter AS (SELECT id FROM matter WHERE process_id = $1)
SELECT
  (SELECT coalesce(json_agg({{milestone m}} ORDER BY m.starts_at, m.title), '[]')
     FROM milestone m WHERE m.process_id = $1) AS milestones,
  (SELECT coalesce(json_agg({{matter m}}), '[]')
     FROM matter m WHERE m.process_id = $1) AS matters,
  (SELECT coalesce(json_agg(json_build_array(t.matter_id, floor(extract(epoch FROM t.at) * 1000000), t.to_status,
                                             t.deciding_milestone_id)
                            ORDER BY t.matter_id, t.at, t.seq), '[]')
     FROM matter_transition t JOIN process_matter m ON m.id = t.matter_id WHERE t.at <= $3) AS transitions,
  (SELECT coalesce(json_agg({{option o}} ORDER BY o.tabled_at, o.id), '[]')
     FROM matter_option o JOIN process_matter m ON m.id = o.matter_id WHERE o.tabled_at <= $3) AS options,
  (SELECT coalesce(json_agg(json_build_array(c.option_id, floor(extract(epoch FROM c.at) * 1000000), c.to_stage)
                            ORDER BY c.option_id, c.at, c.seq), '[]')
     FROM option_stage_change c JOIN matter_option o ON o.id = c.option_id JOIN process_matter m ON m.id = o.matter_id
    WHERE c.at <= $3) AS option_stages,
  (SELECT coalesce(json_agg({{action a}} ORDER BY a.created_at, a.id), '[]')
     FROM action a WHERE a.process_id = $1 AND a.created_at <= $3) AS actions,
  (SELECT coalesce(json_agg(json_build_array(d.matter_id, d.depends_on_id)), '[]')
     FROM matter_dependency d JOIN process_matter m ON m.id = d.matter_id) AS dependencies,
  -- States Parties' views the reader may see (a view on an option the reader may not see is hidden with it).
  (SELECT coalesce(json_agg(json_build_array(v.matter_id, v.participant_id, floor(extract(epoch FROM v.expressed_at) * 1000000),
                                             v.option_id IS NULL, v.position = 'OBJECTS', p.became_party_on::text)
                            ORDER BY v.matter_id, v.participant_id, v.expressed_at), '[]')
     FROM participant_view v
     JOIN process_matter m ON m.id = v.matter_id
     JOIN participant p ON p.id = v.participant_id
     -- A join, not EXISTS, as in snapshot.sql: the planner priced EXISTS per view.
     LEFT JOIN matter_option o ON o.id = v.option_id
    WHERE v.expressed_at <= $3 AND v.confidentiality = ANY($4::text[])
      AND (v.option_id IS NULL OR o.confidentiality = ANY($4::text[]))
      AND p.kind = 'STATE' AND p.became_party_on <= ($3::timestamptz AT TIME ZONE 'UTC')::date) AS views,
  -- Edits after the first instant, in the order they were made, to turn today's rows back for each instant.
  (SELECT coalesce(json_agg(json_build_array(entity_id, field, old_value, floor(extract(epoch FROM at) * 1000000))
                            ORDER BY at, id), '[]')
     FROM audit_event
    WHERE process_id = $1 AND at > $2 AND action = 'UPDATE'
      AND entity_type IN ('matter', 'matter_option', 'milestone')
      AND field NOT IN ('status', 'decidingMilestoneId', 'stage')) AS later
