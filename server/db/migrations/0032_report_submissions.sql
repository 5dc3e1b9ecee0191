-- 0032: the submission of annual reports to the upper level (issue 15 item 3).
-- A deadline per year set by an upper level for the unions under it (hạn nộp báo cáo): the one that applies to a
-- union is its nearest upper level's, in the tree of the deadline's date. Keyed by the setting organisation.
CREATE TABLE report_deadlines (
  org_id integer NOT NULL REFERENCES organisations(id),
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  kind text NOT NULL CHECK (kind IN ('annual')),
  due_on date NOT NULL,
  set_by integer REFERENCES users(id),
  set_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, year, kind),
  CHECK (EXTRACT(YEAR FROM due_on) BETWEEN year AND year + 1)
);
CREATE INDEX report_deadlines_year ON report_deadlines (year, kind);

-- A submitted version returned for correction (trả lại để sửa): who, when, why. It stays in the history; the union
-- finalises and submits a new version.
ALTER TABLE report_versions
  ADD COLUMN returned_at timestamptz,
  ADD COLUMN returned_by integer REFERENCES users(id),
  ADD COLUMN return_comment text CHECK (length(return_comment) BETWEEN 1 AND 2000),
  ADD CONSTRAINT report_versions_returned_after_submitted CHECK (returned_at IS NULL OR submitted_at IS NOT NULL),
  ADD CONSTRAINT report_versions_return_has_comment CHECK ((returned_at IS NULL) = (return_comment IS NULL));
