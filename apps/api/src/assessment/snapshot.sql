-- A process as it stood at an instant, in one statement whatever its size ($1 process, $2 asOf, $3 the tiers the
-- reader may see): each kind of row as a JSON array. A placeholder in double braces, an entity's name and a row's
-- alias, stands for that row as a JSON array of the entity's columns: entity-arrays.ts lists them from the entity,
-- for this statement and for their revival in snapshot.repository.ts, so that the two cannot disagree.
WITH process_matter AS (SELECT id FROM matter WHERE process_id = $1)
SELECT
  (SELECT coalesce(json_agg({{milestone m}} ORDER BY m.starts_at, m.title), '[]')
     FROM milestone m WHERE m.process_id = $1) AS milestones,
  (SELECT coalesce(json_agg({{matter m}}), '[]')
     FROM matter m WHERE m.process_id = $1) AS matters,
  (SELECT coalesce(json_agg(t), '[]') FROM (
     SELECT DISTINCT ON (t.matter_id) t.matter_id, t.to_status, t.deciding_milestone_id
       FROM matter_transition t JOIN process_matter m ON m.id = t.matter_id
      WHERE t.at <= $2
      ORDER BY t.matter_id, t.at DESC, t.seq DESC) t) AS transitions,
  (SELECT coalesce(json_agg({{option o}} ORDER BY o.tabled_at, o.id), '[]')
     FROM matter_option o JOIN process_matter m ON m.id = o.matter_id
    WHERE o.tabled_at <= $2) AS options,
  (SELECT coalesce(json_agg(c), '[]') FROM (
     SELECT DISTINCT ON (c.option_id) c.option_id, c.to_stage
       FROM option_stage_change c JOIN matter_option o ON o.id = c.option_id JOIN process_matter m ON m.id = o.matter_id
      WHERE c.at <= $2
      ORDER BY c.option_id, c.at DESC, c.seq DESC) c) AS option_stages,
  (SELECT coalesce(json_agg({{action a}} ORDER BY a.created_at, a.id), '[]')
     FROM action a WHERE a.process_id = $1 AND a.created_at <= $2) AS actions,
  (SELECT coalesce(json_agg(d), '[]') FROM (
     SELECT d.matter_id, d.depends_on_id FROM matter_dependency d JOIN process_matter m ON m.id = d.matter_id) d)
    AS dependencies,
  -- Per matter: States Parties (at asOf) with any view by then, and those whose latest view on the matter as a
  -- whole objects (a view on one option is not an objection to the matter). One sort: each party's latest view
  -- on the matter as a whole comes first, or else some view on an option.
  (SELECT coalesce(json_agg(t), '[]') FROM (
     SELECT matter_id, count(*) AS with_view, count(*) FILTER (WHERE position_on_matter = 'OBJECTS') AS objecting
       FROM (SELECT DISTINCT ON (v.matter_id, v.participant_id) v.matter_id,
                    CASE WHEN v.option_id IS NULL THEN v.position END AS position_on_matter
               FROM participant_view v
               JOIN process_matter m ON m.id = v.matter_id
               JOIN participant p ON p.id = v.participant_id
               -- A view on an option the reader may not see is hidden with it. A join, not EXISTS: the planner
               -- priced EXISTS per view and so scanned the views' index once per participant (20 of 33 ms).
               LEFT JOIN matter_option o ON o.id = v.option_id
              WHERE v.expressed_at <= $2 AND v.confidentiality = ANY($3::text[])
                AND (v.option_id IS NULL OR o.confidentiality = ANY($3::text[]))
                AND p.kind = 'STATE' AND p.became_party_on <= ($2::timestamptz AT TIME ZONE 'UTC')::date
              ORDER BY v.matter_id, v.participant_id, v.option_id IS NULL DESC, v.expressed_at DESC) party
      GROUP BY matter_id) t) AS tallies,
  -- Every participant, so nested proposers, owners and views' authors need no query: States and organisations
  -- are a few hundred at most, cheaper to read whole than to find among the process's thousands of views.
  (SELECT coalesce(json_agg({{participant p}}), '[]')
     FROM participant p) AS participants,
  -- For each field of its matters, options and milestones edited after asOf, its value before the first such
  -- edit: the audit trail turns today's rows back into the rows of that day. Status, deciding milestone and stage
  -- come from the workflow history instead. The confidentiality of then is read too: a record's past is shown
  -- only to those cleared for the narrower of its tier then and now (undoChanges).
  (SELECT coalesce(json_agg(e), '[]') FROM (
     SELECT DISTINCT ON (entity_id, field) entity_id, field, old_value
       FROM audit_event
      WHERE process_id = $1 AND at > $2 AND action = 'UPDATE'
        AND entity_type IN ('matter', 'matter_option', 'milestone')
        AND field NOT IN ('status', 'decidingMilestoneId', 'stage')
      ORDER BY entity_id, field, at, id) e) AS later
