-- 0022: a voluntary fund's monthly amount changes by the members' decision (dated, as every amount), a union
-- records that it made its accounts public (công khai tài chính: where, when, for which period), and files are
-- attached to vouchers (chứng từ kèm theo).

-- Mức đóng quỹ tự nguyện from a month until the next row; before the first row the fund's own monthly_amount (the
-- amount decided when it was opened) applies. Changing it again for the same month replaces it (the audit log keeps
-- the old one).
CREATE TABLE fund_amount_changes (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL,
  fund_id integer NOT NULL,
  from_month date NOT NULL CHECK (extract(day FROM from_month) = 1),
  amount bigint NOT NULL CHECK (amount > 0 AND amount < 1000000000000),
  decision text NOT NULL CHECK (length(decision) BETWEEN 2 AND 300),
  recorded_by integer REFERENCES users(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (org_id, fund_id) REFERENCES funds(org_id, id),
  CONSTRAINT fund_amount_changes_once UNIQUE (fund_id, from_month)
);

-- Công khai tài chính: the statement of a period (month, quarter, year) made public on a day, at a place (the notice
-- board, the members' conference). The report's "thu, chi đảm bảo công khai" is read from these rows.
CREATE TABLE finance_disclosures (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL REFERENCES organisations(id),
  period_from date NOT NULL,
  period_to date NOT NULL CHECK (period_to >= period_from),
  published_on date NOT NULL CHECK (published_on >= period_from),
  place text NOT NULL CHECK (place IN ('notice_board', 'conference', 'meeting', 'online')),
  note text CHECK (length(note) <= 500),
  recorded_by integer REFERENCES users(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT finance_disclosures_once UNIQUE (org_id, period_from, period_to, place)
);
CREATE INDEX finance_disclosures_org ON finance_disclosures (org_id, period_from);

-- Chứng từ kèm theo: files (a scanned invoice, the list signed by those who received a gift) attached to a voucher.
-- The voucher itself never changes; a file is linked when it is posted or later, and one linked by mistake is
-- unlinked (the audit log keeps both). The attachment must be the union's own and kept for vouchers.
CREATE TABLE ledger_entry_attachments (
  org_id integer NOT NULL,
  entry_id integer NOT NULL REFERENCES ledger_entries(id),
  attachment_id integer NOT NULL,
  linked_by integer REFERENCES users(id),
  linked_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (entry_id, attachment_id),
  FOREIGN KEY (org_id, attachment_id) REFERENCES attachments(org_id, id)
);
CREATE INDEX ledger_entry_attachments_attachment ON ledger_entry_attachments (attachment_id);
