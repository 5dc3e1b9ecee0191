-- 0002: the annual report: narrative per section and year, frozen versions, numbering, submission upward.

-- Settings of a draft (report date); the draft itself is computed live from the records.
CREATE TABLE report_drafts (
  org_id integer NOT NULL REFERENCES organisations(id),
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  doc_type text NOT NULL CHECK (doc_type IN ('annual')),
  issued_on date NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, year, doc_type)
);

-- Paragraphs of one section, with live placeholders such as {{doanVien.tong}}.
CREATE TABLE report_sections (
  org_id integer NOT NULL REFERENCES organisations(id),
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  doc_type text NOT NULL CHECK (doc_type IN ('annual')),
  section_key text NOT NULL CHECK (length(section_key) BETWEEN 1 AND 40),
  paragraphs jsonb NOT NULL CHECK (jsonb_typeof(paragraphs) = 'array'),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by integer REFERENCES users(id),
  PRIMARY KEY (org_id, year, doc_type, section_key)
);

-- Số of documents: one sequence per organisation and year.
CREATE TABLE document_numbers (
  org_id integer NOT NULL REFERENCES organisations(id),
  year integer NOT NULL,
  last_number integer NOT NULL CHECK (last_number > 0),
  PRIMARY KEY (org_id, year)
);

-- A finalised version: figures and text frozen; a change needs a new version.
CREATE TABLE report_versions (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL REFERENCES organisations(id),
  year integer NOT NULL,
  doc_type text NOT NULL CHECK (doc_type IN ('annual')),
  version integer NOT NULL CHECK (version > 0),
  number integer NOT NULL CHECK (number > 0),
  number_text text NOT NULL,
  issued_on date NOT NULL,
  template text NOT NULL,
  snapshot jsonb NOT NULL,          -- { document, figures }
  docx bytea NOT NULL,
  finalised_at timestamptz NOT NULL DEFAULT now(),
  finalised_by integer REFERENCES users(id),
  submitted_at timestamptz,
  submitted_by integer REFERENCES users(id),
  submitted_to integer REFERENCES organisations(id),
  UNIQUE (org_id, year, doc_type, version),
  UNIQUE (org_id, number, year),
  CHECK ((submitted_at IS NULL) = (submitted_to IS NULL))
);
CREATE INDEX report_versions_inbox ON report_versions (submitted_to, submitted_at DESC);

ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check
  CHECK (action IN ('create', 'update', 'delete', 'import', 'status', 'end', 'move', 'rename', 'login', 'finalise', 'submit'));
