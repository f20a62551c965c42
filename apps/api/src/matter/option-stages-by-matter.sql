-- Every stage step of the options of the matters $1, oldest first, each with its option's matter.
SELECT c.id, c.option_id AS "optionId", c.from_stage AS "fromStage", c.to_stage AS "toStage", c.at,
       o.matter_id AS "matterId"
  FROM option_stage_change c JOIN matter_option o ON o.id = c.option_id
 WHERE o.matter_id = ANY($1)
 ORDER BY c.at, c.seq
