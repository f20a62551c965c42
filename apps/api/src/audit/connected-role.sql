-- The role this connection runs as: whether it is a superuser, and whether it is (or may act as) the owner of
-- audit_event, either of which can switch the audit trail's append-only trigger off.
SELECT current_user AS name, r.rolsuper AS superuser,
       pg_has_role(current_user, t.tableowner, 'USAGE') AS owner
  FROM pg_roles r, pg_tables t
 WHERE r.rolname = current_user AND t.schemaname = 'public' AND t.tablename = 'audit_event'
