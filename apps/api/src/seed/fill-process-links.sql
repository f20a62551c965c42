-- Sets process $1's target milestone ($2) and decision deadline ($3) where nobody has set them: a later edit of the
-- process survives a re-seed.
UPDATE process SET target_milestone_id = coalesce(target_milestone_id, $2),
       decision_deadline_milestone_id = coalesce(decision_deadline_milestone_id, $3)
 WHERE id = $1
