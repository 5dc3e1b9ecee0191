-- 0018: chăm lo đoàn viên (welfare: visits, hiếu hỷ, gifts, children's awards) and hiến máu (blood donations).
--
-- A welfare event is always paid: it names the ledger payment (phiếu chi) that funded it, posted in the same
-- transaction by the welfare service, so no event exists without its money and the payment is never typed twice.
-- The payment stays immutable (0016); a wrong event is corrected by reversing its payment, not by editing either.
-- The lines of an event say who received how much; their sum equals the payment's amount (checked by the service in
-- the same transaction, as the payment row holds one amount and the lines are written beside it).

-- A union's own settings for welfare. child_age_limit: children up to this age (completed years on the event date)
-- receive 1/6, Trung thu gifts and study awards; the usual rule is "dưới 16 tuổi", i.e. 15.
CREATE TABLE welfare_settings (
  org_id integer PRIMARY KEY REFERENCES organisations(id),
  child_age_limit integer NOT NULL DEFAULT 15 CHECK (child_age_limit BETWEEN 1 AND 25),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE welfare_events (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL REFERENCES organisations(id),
  -- sickness: ốm đau; bereavement: hiếu (the member or a relative); hardship: hoạn nạn, khó khăn; wedding: hỷ;
  -- holiday: lễ, Tết; womens_day: 8/3, 20/10; childrens_day: 1/6; mid_autumn: Trung thu; study_award: con học giỏi
  kind text NOT NULL CHECK (kind IN (
    'sickness', 'bereavement', 'hardship', 'wedding', 'holiday', 'womens_day', 'childrens_day', 'mid_autumn', 'study_award', 'other')),
  event_date date NOT NULL,
  description text NOT NULL CHECK (length(description) BETWEEN 2 AND 1000),
  -- One payment funds one event (a Tết gift to all members is one payment with one line per member).
  ledger_entry_id integer NOT NULL UNIQUE REFERENCES ledger_entries(id),
  recorded_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, id)
);
CREATE INDEX welfare_events_org_date ON welfare_events (org_id, event_date);

CREATE TABLE welfare_beneficiaries (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL,
  event_id integer NOT NULL,
  -- The member the support goes to (or through, for a child or a relative).
  member_id integer NOT NULL,
  -- A child from the member's records (1/6, Trung thu, study awards). The name is copied into relative_name so the
  -- history still reads right if the child record is later removed (the link then becomes NULL).
  child_id integer REFERENCES member_children(id) ON DELETE SET NULL,
  -- A relative not in the records (a parent who died, a sick spouse), with the relation as the member says it.
  relative_name text CHECK (length(relative_name) BETWEEN 2 AND 100),
  relation text CHECK (length(relation) BETWEEN 2 AND 50),
  amount bigint NOT NULL CHECK (amount > 0 AND amount <= 999999999999),
  FOREIGN KEY (org_id, event_id) REFERENCES welfare_events(org_id, id),
  -- No cascade: a member with welfare history is not deleted silently (the payment names them too).
  FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id),
  CHECK ((relative_name IS NULL) = (relation IS NULL)),
  CHECK (child_id IS NULL OR relative_name IS NOT NULL)
);
CREATE INDEX welfare_beneficiaries_event ON welfare_beneficiaries (event_id);
CREATE INDEX welfare_beneficiaries_member ON welfare_beneficiaries (org_id, member_id);

-- Hiến máu tình nguyện. One donation per member and day.
CREATE TABLE blood_donations (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id integer NOT NULL,
  member_id integer NOT NULL,
  donated_on date NOT NULL,
  place text NOT NULL CHECK (length(place) BETWEEN 2 AND 200),
  -- usually 250, 350 or 450 ml of whole blood; apheresis is recorded by its volume too
  volume_ml integer NOT NULL CHECK (volume_ml BETWEEN 50 AND 1000),
  recorded_by integer REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id),
  CONSTRAINT blood_donations_once_a_day UNIQUE (member_id, donated_on)
);
CREATE INDEX blood_donations_org_date ON blood_donations (org_id, donated_on);

-- Donations made before the union began recording them here, so cumulative counts ("từ 15 đến 20 lần") are right
-- from the first year: `count` donations before `counted_before`. The service refuses a recorded donation dated before
-- counted_before (it would be counted twice).
CREATE TABLE blood_donation_prior_counts (
  org_id integer NOT NULL,
  member_id integer PRIMARY KEY,
  count integer NOT NULL CHECK (count BETWEEN 0 AND 300),
  counted_before date NOT NULL,
  note text CHECK (length(note) <= 500),
  updated_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (org_id, member_id) REFERENCES members(org_id, id)
);
