-- Creates the sample account ($1 email, $2 password hash, $3 display name, $4 participant, $5 account role), or gives
-- the existing one (same email, in any case) the new password hash and leaves the rest as it is.
INSERT INTO account (email, password_hash, display_name, participant_id, account_role)
VALUES ($1, $2, $3, $4, $5)
ON CONFLICT (lower(email)) DO UPDATE SET password_hash = EXCLUDED.password_hash
