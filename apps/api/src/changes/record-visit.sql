-- Records an account's visit ($1 account, $2 now) and answers the one before it (null on the first), under a
-- row lock so two devices visiting at once each get a true "previous".
WITH previous AS (SELECT last_visit_at FROM account WHERE id = $1 FOR UPDATE),
     visit AS (UPDATE account SET last_visit_at = $2 WHERE id = $1)
SELECT last_visit_at AS previous FROM previous
