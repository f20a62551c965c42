-- Every change of confidentiality the audit trail holds for the records $1 (of the tables $2), and for the
-- options of the views among them, oldest first.
SELECT entity_id, at, old_value, new_value FROM audit_event
 WHERE field = 'confidentiality' AND entity_type = ANY($2::text[])
   AND (entity_id = ANY($1::uuid[])
        OR entity_id IN (SELECT option_id FROM participant_view WHERE id = ANY($1::uuid[])))
 ORDER BY at, id
