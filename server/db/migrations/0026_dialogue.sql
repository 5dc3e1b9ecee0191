-- 0026: đối thoại tại nơi làm việc (BLLĐ 2019 Điều 63–64; NĐ 145/2020 Điều 37–41) and hội nghị người lao động
-- (NĐ 145/2020 Điều 47): the meetings, the issues the workers raised, the employer's answers and their follow-up.

-- How many workers' representatives a dialogue needs, by the enterprise's headcount: legal values kept as dated data
-- so a later decree adds rows with a later valid_from instead of changing code. A row holds from min_headcount up.
CREATE TABLE dialogue_rep_rules (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  valid_from date NOT NULL,
  min_headcount integer NOT NULL CHECK (min_headcount >= 0),
  min_reps integer NOT NULL CHECK (min_reps >= 1),
  source text NOT NULL,
  UNIQUE (valid_from, min_headcount)
);
INSERT INTO dialogue_rep_rules (valid_from, min_headcount, min_reps, source) VALUES
  ('2021-02-01', 0, 3, 'Nghị định 145/2020/NĐ-CP Điều 38'),
  ('2021-02-01', 50, 4, 'Nghị định 145/2020/NĐ-CP Điều 38'),
  ('2021-02-01', 150, 5, 'Nghị định 145/2020/NĐ-CP Điều 38'),
  ('2021-02-01', 300, 7, 'Nghị định 145/2020/NĐ-CP Điều 38'),
  ('2021-02-01', 500, 9, 'Nghị định 145/2020/NĐ-CP Điều 38'),
  ('2021-02-01', 1000, 24, 'Nghị định 145/2020/NĐ-CP Điều 38');

-- A dialogue (periodic: định kỳ, at least once a year; requested: đột xuất, at either side's request) or the yearly
-- workers' conference. headcount: the enterprise's workers at the time, for the representatives rule.
CREATE TABLE workplace_meetings (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL REFERENCES organisations(id),
  kind text NOT NULL CHECK (kind IN ('periodic', 'requested', 'workers_conference')),
  held_on date NOT NULL,
  employer_participants text CHECK (length(employer_participants) <= 2000),
  worker_reps_expected integer NOT NULL CHECK (worker_reps_expected BETWEEN 1 AND 10000),
  worker_reps_present integer NOT NULL CHECK (worker_reps_present BETWEEN 0 AND 10000),
  headcount integer NOT NULL CHECK (headcount BETWEEN 1 AND 1000000),
  minutes_text text CHECK (length(minutes_text) <= 20000),
  published_on date,
  note text CHECK (length(note) <= 2000),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id),
  CHECK (worker_reps_present <= worker_reps_expected),
  CHECK (published_on IS NULL OR published_on >= held_on)
);
CREATE INDEX workplace_meetings_org_date ON workplace_meetings (org_id, held_on);

-- An issue (kiến nghị) the workers raised, the employer's answer, and its follow-up: who, by when, done when.
CREATE TABLE meeting_issues (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL REFERENCES organisations(id),
  meeting_id integer NOT NULL,
  raised_by text CHECK (length(raised_by) <= 200),
  issue text NOT NULL CHECK (length(issue) BETWEEN 2 AND 2000),
  employer_answer text CHECK (length(employer_answer) <= 2000),
  status text NOT NULL CHECK (status IN ('open', 'resolved')),
  owner text CHECK (length(owner) <= 200),
  due_on date,
  done_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (org_id, meeting_id) REFERENCES workplace_meetings(org_id, id) ON DELETE CASCADE,
  CHECK ((status = 'resolved') = (done_on IS NOT NULL))
);
CREATE INDEX meeting_issues_meeting ON meeting_issues (org_id, meeting_id);
