-- 0004: accounts administered in the app (issue 9): deactivation, forced password change, last login,
-- one-time activation codes, dated roles, and one account per member.
ALTER TABLE users ADD COLUMN active boolean NOT NULL DEFAULT true;
ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
ALTER TABLE users ADD COLUMN last_login_at timestamptz;
CREATE UNIQUE INDEX users_one_per_member ON users (member_id) WHERE member_id IS NOT NULL;

-- A role may hold only for a period (a term of office); NULL means open-ended.
ALTER TABLE role_assignments ADD COLUMN valid_from date;
ALTER TABLE role_assignments ADD COLUMN valid_to date;
ALTER TABLE role_assignments ADD CONSTRAINT role_assignments_dates CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from);
CREATE INDEX role_assignments_org ON role_assignments (org_id);

-- At most one pending code per account; only its SHA-256 is kept, and it is deleted when used.
CREATE TABLE activation_codes (
  user_id integer PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  code_hash text NOT NULL,
  expires_at timestamptz NOT NULL,
  created_by integer REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
