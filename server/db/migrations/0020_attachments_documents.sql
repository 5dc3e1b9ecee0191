-- 0020: attached files (tệp đính kèm), generic for every module, and directive documents received (văn bản chỉ đạo đến).
--
-- An attachment belongs to one union and serves one purpose; the purpose decides which permission reads and writes
-- it (server/modules/attachments/attachments.policy.ts). The bytes live in the row (bytea): files are small (≤ 10 MB,
-- checked here and at the edge), the backup carries them like any other column, and a union's data stays in rows
-- keyed by its org_id (sharding by organisation).
CREATE TABLE attachments (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL REFERENCES organisations(id),
  -- document: a directive document's file; voucher: a ledger voucher's scan (finance); evidence: a plan target's proof (plans)
  purpose text NOT NULL CHECK (purpose IN ('document', 'voucher', 'evidence')),
  file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
  content_type text NOT NULL CHECK (length(content_type) BETWEEN 3 AND 200),
  byte_size integer NOT NULL CHECK (byte_size BETWEEN 1 AND 10485760),
  -- hex SHA-256 of the content, for integrity checks and spotting the same file uploaded twice
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content bytea NOT NULL,
  uploaded_by integer REFERENCES users(id),
  uploaded_at timestamptz NOT NULL DEFAULT now(),
  CHECK (octet_length(content) = byte_size),
  UNIQUE (org_id, id)
);
CREATE INDEX attachments_org ON attachments (org_id, purpose);

-- Văn bản chỉ đạo đến: a document received from the upper level or the host agency, with what the union must do by
-- when, who does it, and when it was done. "Cancelled" is not a status: a document entered by mistake is deleted
-- (the audit log keeps it).
CREATE TABLE directive_documents (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL REFERENCES organisations(id),
  -- số, ký hiệu: "125/KH-LĐLĐ"
  number_symbol text NOT NULL CHECK (length(number_symbol) BETWEEN 1 AND 100),
  -- cơ quan ban hành: "LĐLĐ thị xã Hương Trà"
  issuer text NOT NULL CHECK (length(issuer) BETWEEN 2 AND 200),
  issued_on date NOT NULL,
  received_on date NOT NULL,
  -- trích yếu
  summary text NOT NULL CHECK (length(summary) BETWEEN 2 AND 2000),
  attachment_id integer,
  deadline date,
  assignee_member_id integer,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'in_progress', 'done')),
  completed_on date,
  note text CHECK (length(note) <= 2000),
  created_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  -- the file and the assignee belong to the same union as the document
  FOREIGN KEY (org_id, attachment_id) REFERENCES attachments(org_id, id),
  FOREIGN KEY (org_id, assignee_member_id) REFERENCES members(org_id, id) ON DELETE SET NULL (assignee_member_id),
  CHECK ((status = 'done') = (completed_on IS NOT NULL)),
  CHECK (received_on >= issued_on),
  CHECK (deadline IS NULL OR deadline >= issued_on),
  CHECK (completed_on IS NULL OR completed_on >= received_on),
  UNIQUE (org_id, id)
);
CREATE INDEX directive_documents_org_received ON directive_documents (org_id, received_on);
CREATE INDEX directive_documents_org_deadline ON directive_documents (org_id, deadline) WHERE status <> 'done';
