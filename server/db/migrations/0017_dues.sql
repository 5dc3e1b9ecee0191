-- 0017: đoàn phí (member dues). What the union knows about each member's dues; what a month costs is computed from
-- these rows and the dated rules (server/modules/rules/shipped/dues-*.json), never stored, so a rule corrected later
-- recomputes every grid. Months are dates on their first day (a month is due when the member is active on it).
-- Amounts are integer đồng.

-- The salary dues are computed on, or a fixed monthly amount, in force from a month until the member's next row.
-- insurance_salary: the salary used for social insurance (tiền lương làm căn cứ đóng BHXH);
-- fixed: a member without one (outside compulsory social insurance) pays a fixed amount, never below the rule's
-- minimum (the calculator raises it, so a rule raised later cannot leave an old amount under it).
CREATE TABLE member_dues_bases (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL,
  member_id integer NOT NULL,
  from_month date NOT NULL CHECK (extract(day FROM from_month) = 1),
  kind text NOT NULL CHECK (kind IN ('insurance_salary', 'fixed')),
  amount bigint NOT NULL CHECK (amount >= 0 AND amount < 1000000000000),
  note text CHECK (length(note) <= 500),
  recorded_by integer REFERENCES users(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  -- settings of a member go with the member (a member entered by mistake may be deleted; payments may not)
  FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id) ON DELETE CASCADE,
  -- one base per member and month: setting it again for the same month replaces it (the audit log keeps the old one)
  CONSTRAINT member_dues_bases_once UNIQUE (member_id, from_month)
);
CREATE INDEX member_dues_bases_org ON member_dues_bases (org_id, member_id, from_month);

-- Miễn đoàn phí: a member receiving social-insurance benefits, or without income, for a month or more pays nothing
-- for those months (to_month NULL: still exempt).
CREATE TABLE dues_exemptions (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL,
  member_id integer NOT NULL,
  from_month date NOT NULL CHECK (extract(day FROM from_month) = 1),
  to_month date CHECK (extract(day FROM to_month) = 1 AND to_month >= from_month),
  reason text NOT NULL CHECK (reason IN ('insurance_benefit', 'no_income')),
  note text CHECK (length(note) <= 500),
  recorded_by integer REFERENCES users(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id) ON DELETE CASCADE
);
CREATE INDEX dues_exemptions_org ON dues_exemptions (org_id, member_id, from_month);

-- The union's own higher rate, decided by its (expanded) executive committee and written into its spending rules.
-- Only enterprises' and self-financing public units' unions may have one: the service checks the union's kind
-- against the rules of the month (a rule, so not a CHECK here). rate_bp: basis points of the salary (150 = 1,5 %);
-- cap_amount: the union's own monthly ceiling, if its resolution sets one.
CREATE TABLE dues_union_rates (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL REFERENCES organisations(id),
  from_month date NOT NULL CHECK (extract(day FROM from_month) = 1),
  rate_bp integer NOT NULL CHECK (rate_bp > 0 AND rate_bp <= 10000),
  cap_amount bigint CHECK (cap_amount > 0),
  resolution_number text NOT NULL CHECK (length(resolution_number) BETWEEN 2 AND 100),
  resolution_date date NOT NULL,
  recorded_by integer REFERENCES users(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT dues_union_rates_once UNIQUE (org_id, from_month)
);

-- A month paid by a member: one line of the receipt (phiếu thu, category 'dues') that collected it. A month counts as
-- paid while that receipt is not reversed, so a reversal makes it unpaid again without touching these rows, and a new
-- receipt adds a new line: hence one line per member, month and receipt. Lines are never changed (like the ledger).
CREATE TABLE dues_payments (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL,
  member_id integer NOT NULL,
  month date NOT NULL CHECK (extract(day FROM month) = 1),
  amount bigint NOT NULL CHECK (amount > 0),
  ledger_entry_id integer NOT NULL REFERENCES ledger_entries(id),
  FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id),
  CONSTRAINT dues_payments_once UNIQUE (member_id, month, ledger_entry_id)
);
CREATE INDEX dues_payments_org_month ON dues_payments (org_id, month);
CREATE INDEX dues_payments_entry ON dues_payments (ledger_entry_id);

CREATE FUNCTION dues_payments_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Dòng thu đoàn phí đã ghi sổ không được sửa hay xóa: hãy điều chỉnh phiếu thu'
    USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER dues_payments_no_update BEFORE UPDATE OR DELETE ON dues_payments
  FOR EACH ROW EXECUTE FUNCTION dues_payments_immutable();
