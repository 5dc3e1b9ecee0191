-- 0010: the law as dated data (server/modules/rules). A rule set is identified by its key and never edited in place:
-- every change (marked verified, validity ended) is a new version row of the same key, and the highest version is
-- the one in force. A new decree is a new key. Rules are national, so they carry no organisation.
CREATE TABLE rule_sets (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  key text NOT NULL CHECK (key ~ '^[a-z0-9][a-z0-9._-]{2,79}$'),
  version integer NOT NULL CHECK (version >= 1),
  kind text NOT NULL CHECK (kind ~ '^[a-z_]{2,40}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 3 AND 300),
  regulation_number text NOT NULL CHECK (length(regulation_number) BETWEEN 1 AND 100),
  regulation_date date,
  regulation_article text CHECK (length(regulation_article) <= 300),
  regulation_title text NOT NULL CHECK (length(regulation_title) BETWEEN 3 AND 500),
  valid_from date NOT NULL,
  valid_to date CHECK (valid_to IS NULL OR valid_to >= valid_from),
  verified boolean NOT NULL DEFAULT false,
  -- titles (condition trees), caps, parameters, notes: checked by shared/contracts/rule-content.contract.ts
  content jsonb NOT NULL CHECK (jsonb_typeof(content) = 'object'),
  -- shipped: loaded from server/modules/rules/shipped; admin: added or changed by an administrator
  source text NOT NULL CHECK (source IN ('shipped', 'admin')),
  change_note text CHECK (length(change_note) <= 500),
  created_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (key, version)
);
CREATE INDEX rule_sets_kind ON rule_sets (kind, valid_from);
