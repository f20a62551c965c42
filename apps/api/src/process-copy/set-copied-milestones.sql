-- The copy's target event ($2) and decision deadline ($3), once its milestones exist. A plain UPDATE: the process $1
-- was made in this transaction, so it stays at its first version.
UPDATE process SET target_milestone_id = $2, decision_deadline_milestone_id = $3 WHERE id = $1
