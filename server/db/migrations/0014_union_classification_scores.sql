-- 0014: xếp loại CĐCS (Hướng dẫn 1294/HD-TLĐ) as a self-assessment form. The scale (groups, indicators, points,
-- thresholds) is a rule set of kind union_classification; a union enters points per indicator with its evidence, and
-- the total and the grade it reaches are kept with the scale's key and version they were computed under. An upper
-- level (a provincial federation, a commune union) may set its own thresholds for the unions beneath it, from a date.

CREATE TABLE union_classification_scores (
  org_id integer NOT NULL REFERENCES organisations(id),
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  indicator text NOT NULL CHECK (indicator ~ '^[a-z0-9][a-z0-9._]{0,29}$'),
  -- tenths of a point are allowed (0,5 điểm)
  points numeric(5, 1) NOT NULL CHECK (points >= 0),
  -- minh chứng: what the points rest on (a meeting, a figure congdoan holds, a document)
  evidence text CHECK (length(evidence) <= 1000),
  updated_by integer REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, year, indicator)
);

ALTER TABLE union_classifications
  ADD COLUMN self_points numeric(5, 1) CHECK (self_points >= 0),
  ADD COLUMN scale_key text,
  ADD COLUMN scale_version integer,
  ADD CONSTRAINT union_classifications_scale CHECK ((self_points IS NULL) = (scale_key IS NULL) AND (scale_key IS NULL) = (scale_version IS NULL));

CREATE TABLE classification_thresholds (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- the upper level that set them; they hold for every union beneath it in the tree of the year judged
  org_id integer NOT NULL REFERENCES organisations(id),
  valid_from date NOT NULL,
  htxsnv_min numeric(5, 1) NOT NULL,
  httnv_min numeric(5, 1) NOT NULL,
  htnv_min numeric(5, 1) NOT NULL,
  note text NOT NULL CHECK (length(note) BETWEEN 3 AND 500),
  set_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (htxsnv_min > httnv_min AND httnv_min > htnv_min AND htnv_min >= 0),
  CONSTRAINT classification_thresholds_once UNIQUE (org_id, valid_from)
);
