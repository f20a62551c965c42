-- For each field of these invitations and replies ($1) changed after $2, its value before the first such change:
-- what turns them back to how they stood at $2.
SELECT DISTINCT ON (entity_id, field) entity_id, field, old_value
  FROM audit_event
 WHERE entity_id = ANY($1::uuid[]) AND at > $2 AND action = 'UPDATE'
   AND entity_type IN ('meeting_invitation', 'meeting_invitation_recipient')
 ORDER BY entity_id, field, at, id
