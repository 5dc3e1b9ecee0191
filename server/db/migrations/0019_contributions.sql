-- 0019: voluntary funds (quỹ tự nguyện, e.g. the tour fund at 50.000 đ/người/tháng) and campaigns (quỹ vận động: đền ơn
-- đáp nghĩa, nạn nhân chất độc da cam, Mái ấm Công đoàn, Vì người lao động nghèo). Both are funds of migration 0016
-- (kind 'voluntary' with its monthly_amount, kind 'campaign'); money moves only through ledger entries. Amounts integer đồng.

-- A member who opted out of a voluntary fund from a month (to_month NULL: still out): those months are not due.
CREATE TABLE fund_opt_outs (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL,
  fund_id integer NOT NULL,
  member_id integer NOT NULL,
  from_month date NOT NULL CHECK (extract(day FROM from_month) = 1),
  to_month date CHECK (extract(day FROM to_month) = 1 AND to_month >= from_month),
  note text CHECK (length(note) <= 500),
  recorded_by integer REFERENCES users(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (org_id, fund_id) REFERENCES funds(org_id, id),
  FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id) ON DELETE CASCADE
);
CREATE INDEX fund_opt_outs_fund ON fund_opt_outs (org_id, fund_id, member_id);

-- What a campaign is: when it was launched (members active that day are asked to give), the body the money is handed
-- to, and optionally a target for the union and a suggested amount per member.
CREATE TABLE campaigns (
  fund_id integer PRIMARY KEY,
  org_id integer NOT NULL,
  launched_on date NOT NULL,
  recipient text NOT NULL CHECK (length(recipient) BETWEEN 2 AND 200),
  target_amount bigint CHECK (target_amount > 0),
  suggested_amount bigint CHECK (suggested_amount > 0),
  note text CHECK (length(note) <= 1000),
  FOREIGN KEY (org_id, fund_id) REFERENCES funds(org_id, id)
);
CREATE INDEX campaigns_org ON campaigns (org_id, launched_on);

-- One member's line of a receipt (phiếu thu) into a voluntary fund (category 'voluntary', one line per member and month)
-- or a campaign (category 'campaign', month NULL). As with dues_payments: a line counts while its receipt is not
-- reversed, and lines are never changed.
CREATE TABLE fund_contributions (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL,
  fund_id integer NOT NULL,
  member_id integer NOT NULL,
  month date CHECK (extract(day FROM month) = 1),
  amount bigint NOT NULL CHECK (amount > 0),
  ledger_entry_id integer NOT NULL REFERENCES ledger_entries(id),
  FOREIGN KEY (org_id, fund_id) REFERENCES funds(org_id, id),
  FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id)
);
CREATE UNIQUE INDEX fund_contributions_month_once ON fund_contributions (member_id, month, ledger_entry_id) WHERE month IS NOT NULL;
CREATE UNIQUE INDEX fund_contributions_once ON fund_contributions (member_id, ledger_entry_id) WHERE month IS NULL;
CREATE INDEX fund_contributions_fund ON fund_contributions (org_id, fund_id, month);
CREATE INDEX fund_contributions_entry ON fund_contributions (ledger_entry_id);

CREATE FUNCTION fund_contributions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Dòng đóng góp đã ghi sổ không được sửa hay xóa: hãy điều chỉnh phiếu thu'
    USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER fund_contributions_no_update BEFORE UPDATE OR DELETE ON fund_contributions
  FOR EACH ROW EXECUTE FUNCTION fund_contributions_immutable();
