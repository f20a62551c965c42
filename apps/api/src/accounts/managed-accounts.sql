-- The accounts one may manage ($1 only those of this participant, or all when null; $3 only this one, or all when
-- null), with how each stands at $2: disabled, accepted, last signed in, and the expiry of an invitation still open.
SELECT a.id, a.email, a.display_name, a.account_role, a.language, a.participant_id,
       a.disabled_at IS NOT NULL AS disabled, a.password_hash IS NOT NULL AS accepted,
       (SELECT max(s.created_at) FROM session s WHERE s.account_id = a.id) AS last_signed_in_at,
       (SELECT max(t.expires_at) FROM one_time_token t
         WHERE t.account_id = a.id AND t.purpose = 'INVITATION' AND t.used_at IS NULL AND t.expires_at > $2)
         AS invitation_expires_at
  FROM account a
 WHERE ($1::uuid IS NULL OR a.participant_id = $1) AND ($3::uuid IS NULL OR a.id = $3)
 ORDER BY lower(a.display_name), a.id
