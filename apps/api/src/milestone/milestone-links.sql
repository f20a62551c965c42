-- The convenors and contacts of the milestone $1, as the audit trail lists them.
SELECT ARRAY(SELECT participant_id FROM milestone_convenor WHERE milestone_id = $1) AS "convenorIds",
       ARRAY(SELECT person_id FROM milestone_contact WHERE milestone_id = $1) AS "contactIds"
