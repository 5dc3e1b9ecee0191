-- 0023: the plan of a year (kế hoạch, chỉ tiêu): its targets, each with a measure the plans module computes live
-- from the union's records (server/modules/plans/plans.measures.ts), and the readings entered by hand with their
-- evidence where congdoan does not hold the data ("CCHC xếp hạng 4–5/9").
--
-- Values: rates in percent (0–100); counts as counts; a grade as its rank 1 khtnv … 4 htxsnv; a manual value as
-- the union reads it (a rank, where lower is better). A range "2–3" is target_min 2, target_max 3.
CREATE TABLE plan_targets (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL REFERENCES organisations(id),
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  position integer NOT NULL CHECK (position BETWEEN 1 AND 1000),
  statement text NOT NULL CHECK (length(statement) BETWEEN 2 AND 500),
  -- the movement the target serves (its launch document's chỉ tiêu), if any
  movement_id integer REFERENCES emulation_movements(id) ON DELETE SET NULL,
  measure text NOT NULL CHECK (measure IN (
    'title_share', 'title_count', 'classification', 'documents_on_time', 'attendance_rate', 'registration_share', 'manual')),
  -- title_share / title_count: {"title": "ldtt"|"cstdcs"|"httnv"|"htxsnv", "category"?: member category};
  -- attendance_rate: {"kind": activity kind code}; registration_share: {"category"?}; others {}
  params jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(params) = 'object'),
  target_min numeric(12, 2) NOT NULL CHECK (target_min >= 0),
  target_max numeric(12, 2) CHECK (target_max >= target_min),
  unit text NOT NULL CHECK (unit IN ('percent', 'count', 'grade', 'rank', 'number')),
  -- a rank: 1 is best, so the target is reached at target_max (or target_min) or below
  lower_is_better boolean NOT NULL DEFAULT false,
  created_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (measure NOT IN ('title_share', 'documents_on_time', 'attendance_rate', 'registration_share')
    OR (unit = 'percent' AND target_min <= 100 AND (target_max IS NULL OR target_max <= 100))),
  CHECK (measure <> 'title_count' OR unit = 'count'),
  CHECK (measure <> 'classification' OR (unit = 'grade' AND target_min IN (1, 2, 3, 4) AND target_max IS NULL)),
  CHECK (measure NOT IN ('title_share', 'title_count') OR params->>'title' IN ('ldtt', 'cstdcs', 'httnv', 'htxsnv')),
  CHECK (measure <> 'attendance_rate' OR jsonb_typeof(params->'kind') = 'string'),
  CHECK (measure = 'manual' OR NOT lower_is_better),
  CHECK (unit <> 'percent' OR target_min <= 100),
  UNIQUE (org_id, id)
);
CREATE INDEX plan_targets_org_year ON plan_targets (org_id, year, position);

-- A value of a target read by hand on a day, with what it rests on (a note, and a file when there is one).
CREATE TABLE plan_target_readings (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL,
  target_id integer NOT NULL,
  recorded_on date NOT NULL,
  value numeric(12, 2) NOT NULL CHECK (value >= 0),
  evidence text NOT NULL CHECK (length(evidence) BETWEEN 2 AND 1000),
  attachment_id integer,
  recorded_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (org_id, target_id) REFERENCES plan_targets(org_id, id) ON DELETE CASCADE,
  FOREIGN KEY (org_id, attachment_id) REFERENCES attachments(org_id, id)
);
CREATE INDEX plan_target_readings_target ON plan_target_readings (target_id, recorded_on);
