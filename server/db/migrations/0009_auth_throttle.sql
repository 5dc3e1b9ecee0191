-- 0009: guessing passwords and codes is throttled per key (a username, an activation, a client address), counted
-- before the check under a row lock, so parallel guesses count too. A growing delay replaces the hard lock-out.
CREATE TABLE auth_throttle (
  key text PRIMARY KEY CHECK (length(key) BETWEEN 3 AND 200),
  attempts integer NOT NULL CHECK (attempts >= 0),
  window_start timestamptz NOT NULL,
  next_allowed_at timestamptz NOT NULL
);
DROP TABLE login_failures;

-- The national member code (mã QLĐV) is unique within a union, not across the whole database: a member moving
-- between unions keeps it, and one union's codes are not revealed to another by a refusal.
DROP INDEX members_national_code;
CREATE UNIQUE INDEX members_national_code ON members (org_id, national_code) WHERE national_code IS NOT NULL;
