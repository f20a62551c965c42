-- What the last workflow move of the matter $1 changed, as the audit trail recorded it: every field of that move
-- (its events share one instant) with the value it replaced and who moved it.
SELECT e.field, e.old_value, e.account_id
  FROM audit_event e
  JOIN (SELECT at FROM audit_event
         WHERE entity_type = 'matter' AND entity_id = $1 AND action = 'MOVE' AND field = 'status'
         ORDER BY id DESC LIMIT 1) last ON last.at = e.at
 WHERE e.entity_type = 'matter' AND e.entity_id = $1 AND e.action = 'MOVE'
