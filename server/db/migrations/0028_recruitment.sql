-- 0028: phát triển đoàn viên (member recruitment) of an enterprise union: the year's target of new members, and the
-- workers not yet in the union the committee reaches out to. New members themselves are not here: they are the
-- admissions the members module records (member_status_events of kind 'admitted').

-- Chỉ tiêu kết nạp: how many new members the union means to admit in a year (one row per union and year).
CREATE TABLE recruitment_targets (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL REFERENCES organisations(id),
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  new_members integer NOT NULL CHECK (new_members BETWEEN 1 AND 100000),
  note text CHECK (length(note) <= 2000),
  created_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, year)
);

-- Người lao động chưa vào công đoàn, tracked for outreach. Their name and phone are personal data (Nghị định
-- 13/2023/NĐ-CP): a row exists only with the worker's consent (consent_on). When the worker withdraws it
-- (consent_withdrawn_on), the service erases the name, phone and note in the same statement and keeps the row only as a
-- count (team, status, dates): the report's outreach figures stay true and nothing identifies the worker any more. The
-- audit log never holds these three fields (recruitment.service.ts). status 'joined' links the member they became, in
-- the same union.
CREATE TABLE recruitment_prospects (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL REFERENCES organisations(id),
  full_name text CHECK (length(full_name) BETWEEN 2 AND 100),
  team text NOT NULL CHECK (length(team) BETWEEN 1 AND 200),
  phone text CHECK (phone ~ '^0[0-9]{9,10}$'),  -- normalised as members' phones (shared/vi/phone.ts)
  consent_on date NOT NULL,
  consent_withdrawn_on date,
  status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'contacted', 'joined', 'declined')),
  last_contact_on date,
  member_id integer,
  note text CHECK (length(note) <= 2000),
  created_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id),
  UNIQUE (org_id, member_id),
  CONSTRAINT recruitment_prospect_withdrawal_after_consent CHECK (consent_withdrawn_on IS NULL OR consent_withdrawn_on >= consent_on),
  -- With consent the worker is named; once it is withdrawn nothing personal is left.
  CONSTRAINT recruitment_prospect_personal_data CHECK (
    (consent_withdrawn_on IS NULL AND full_name IS NOT NULL)
    OR (consent_withdrawn_on IS NOT NULL AND full_name IS NULL AND phone IS NULL AND note IS NULL)),
  CONSTRAINT recruitment_prospect_joined_member CHECK ((status = 'joined') = (member_id IS NOT NULL))
);
CREATE INDEX recruitment_prospects_org ON recruitment_prospects (org_id, status);
