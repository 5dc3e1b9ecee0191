-- 0016: tài chính công đoàn — funds and an immutable ledger of receipts (phiếu thu) and payments (phiếu chi).
-- Integer đồng. A posted entry is never updated nor deleted (a trigger refuses it, whatever the path); a mistake is
-- corrected by a reversing entry of the same fund and direction, with the opposite amount, that names the entry it
-- reverses. No balance is stored: a fund's balance on a date is its opening balance + receipts − payments to that date.

CREATE TABLE funds (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL REFERENCES organisations(id),
  code text NOT NULL CHECK (code ~ '^[a-z0-9][a-z0-9_-]{1,39}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 2 AND 200),
  -- union_finance: kinh phí, đoàn phí (the union's own money); voluntary: a fund the members decided (monthly amount);
  -- campaign: money collected for a cause and handed over; other: anything else the union keeps apart
  kind text NOT NULL CHECK (kind IN ('union_finance', 'voluntary', 'campaign', 'other')),
  opening_on date NOT NULL,
  opening_balance bigint NOT NULL DEFAULT 0,
  -- a voluntary fund's contribution per member and month, as decided
  monthly_amount bigint CHECK (monthly_amount > 0),
  closed_on date CHECK (closed_on IS NULL OR closed_on >= opening_on),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT funds_code_once UNIQUE (org_id, code),
  UNIQUE (org_id, id)
);

-- The next number of each kind of voucher in a year (PT-2023-001, PC-2023-001), taken under a row lock.
CREATE TABLE ledger_sequences (
  org_id integer NOT NULL REFERENCES organisations(id),
  direction text NOT NULL CHECK (direction IN ('receipt', 'payment')),
  year integer NOT NULL,
  last_seq integer NOT NULL CHECK (last_seq >= 1),
  PRIMARY KEY (org_id, direction, year)
);

CREATE TABLE ledger_entries (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL,
  fund_id integer NOT NULL,
  direction text NOT NULL CHECK (direction IN ('receipt', 'payment')),
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  seq integer NOT NULL CHECK (seq >= 1),
  entry_date date NOT NULL,
  -- sổ quỹ tiền mặt (cash) or sổ tiền gửi ngân hàng (bank)
  account text NOT NULL CHECK (account IN ('cash', 'bank')),
  -- a reversal carries the opposite amount of the entry it reverses
  amount bigint NOT NULL CHECK (amount <> 0),
  category text NOT NULL CHECK (category IN (
    'dues', 'kpcd', 'voluntary', 'campaign', 'support', 'other_income',
    'welfare', 'gifts', 'rewards', 'activities', 'administration', 'remittance', 'campaign_handover', 'other_expense')),
  member_id integer,
  counterparty text CHECK (length(counterparty) BETWEEN 2 AND 200),
  description text NOT NULL CHECK (length(description) BETWEEN 2 AND 1000),
  -- chứng từ kèm theo: the attached document's number or name
  document_ref text CHECK (length(document_ref) <= 200),
  reverses_id integer UNIQUE REFERENCES ledger_entries(id),
  recorded_by integer REFERENCES users(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (org_id, fund_id) REFERENCES funds(org_id, id),
  FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id),
  CONSTRAINT ledger_entries_number_once UNIQUE (org_id, direction, year, seq),
  CHECK (year = extract(year FROM entry_date)),
  CHECK ((reverses_id IS NULL) = (amount > 0)),
  CHECK ((direction = 'receipt') = (category IN ('dues', 'kpcd', 'voluntary', 'campaign', 'support', 'other_income')))
);
CREATE INDEX ledger_entries_fund_date ON ledger_entries (org_id, fund_id, entry_date);
CREATE INDEX ledger_entries_member ON ledger_entries (org_id, member_id) WHERE member_id IS NOT NULL;

CREATE FUNCTION ledger_entries_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Chứng từ đã ghi sổ không được sửa hay xóa: hãy lập chứng từ điều chỉnh (ghi âm)'
    USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER ledger_entries_no_update BEFORE UPDATE OR DELETE ON ledger_entries
  FOR EACH ROW EXECUTE FUNCTION ledger_entries_immutable();
-- Emptying an empty ledger is harmless (a restore into a new install truncates every table first).
CREATE FUNCTION ledger_entries_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM ledger_entries) THEN
    RAISE EXCEPTION 'Chứng từ đã ghi sổ không được sửa hay xóa: hãy lập chứng từ điều chỉnh (ghi âm)'
      USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER ledger_entries_no_truncate BEFORE TRUNCATE ON ledger_entries
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_entries_no_truncate();

-- A reversal matches what it reverses: same union, fund and direction, the opposite amount, not before it, and never
-- a reversal itself.
CREATE FUNCTION ledger_entries_check_reversal() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE o ledger_entries%ROWTYPE;
BEGIN
  IF NEW.reverses_id IS NULL THEN
    RETURN NEW;
  END IF;
  SELECT * INTO o FROM ledger_entries WHERE id = NEW.reverses_id;
  IF o.org_id <> NEW.org_id OR o.fund_id <> NEW.fund_id OR o.direction <> NEW.direction OR o.amount <> -NEW.amount
     OR o.reverses_id IS NOT NULL OR NEW.entry_date < o.entry_date THEN
    RAISE EXCEPTION 'Chứng từ điều chỉnh không khớp với chứng từ gốc' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER ledger_entries_reversal BEFORE INSERT ON ledger_entries
  FOR EACH ROW EXECUTE FUNCTION ledger_entries_check_reversal();
