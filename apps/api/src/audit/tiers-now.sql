-- Today's confidentiality of each matter, option and view among $1, and of the options those views are about;
-- a view also names its option.
WITH v AS (SELECT id, confidentiality, option_id FROM participant_view WHERE id = ANY($1::uuid[]))
SELECT id, confidentiality, NULL::uuid AS option_id FROM matter WHERE id = ANY($1::uuid[])
UNION ALL
SELECT id, confidentiality, NULL FROM matter_option
 WHERE id = ANY($1::uuid[]) OR id IN (SELECT option_id FROM v)
UNION ALL
SELECT id, confidentiality, option_id FROM v
