// Readiness, health and the dashboard's counts change with a matter's status, so every screen that shows them asks
// again after a move or its undoing (urql refetches queries that share a type with these).
export const STATUS_CHANGES = { additionalTypenames: ['Dashboard', 'Milestone', 'Process'] };
